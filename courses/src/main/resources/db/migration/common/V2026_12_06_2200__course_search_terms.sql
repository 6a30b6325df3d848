-- Catalogue search by word forms: per published course, the dictionary forms (Ukrainian lemmas,
-- English stems) of its title, tags, outcomes, trainers and description, each with the weight of the
-- best field it occurs in. Written in Java (Lucene's morfologik analyzer) when a course is published
-- or its trainers change; courses published before this table existed are indexed at start-up.
create table course_search_terms (
    course_id uuid         not null references courses (id) on delete cascade,
    term      varchar(100) not null,
    weight    integer      not null,
    primary key (course_id, term)
);
create index course_search_terms_term on course_search_terms (term);

-- Which analysis wrote a course's terms (a newer one re-indexes at start-up) and the published
-- titles the catalogue sorts by in the reader's language.
create table course_search_index (
    course_id        uuid primary key references courses (id) on delete cascade,
    analysis_version integer      not null,
    title            varchar(300) not null,
    title_en         varchar(300)
);
