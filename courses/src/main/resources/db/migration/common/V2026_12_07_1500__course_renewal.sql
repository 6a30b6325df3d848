-- issue13: a course may name the course that renews its certificate; the expiry notices link it.
alter table courses add column renewal_course_id uuid references courses (id);
