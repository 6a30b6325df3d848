-- issue15 g8: the coverage report's one aggregate (per person and Kyiv calendar year: completions, hours,
-- ECTS credits, last completion), kept as a rollup so a report reads 20,000 rows instead of summing
-- 100,000 enrolments per request. Triggers keep it exact in the transaction that changes an enrolment or
-- a course's hours/credits, whichever code path (or script) writes them: the person's rows are summed
-- anew, never incremented, so the rollup equals the plain query after every commit. The person's row in
-- users is locked first, so two transactions changing one person's enrolments refresh one after the other
-- (each statement of a refresh sees what the other committed). Where the person works is not stored:
-- reports join users, so moving someone to another organisation needs no refresh.
create table analytics_person_years (
    user_id           uuid                     not null,
    year_kyiv         integer                  not null,
    completions       integer                  not null,
    hours_tenths      bigint                   not null,
    ects_hundredths   bigint                   not null,
    last_completed_at timestamp with time zone not null,
    primary key (user_id, year_kyiv)
);

create function analytics_person_years_refresh(person uuid) returns void language plpgsql as $$
begin
    perform 1 from users where id = person for update;
    delete from analytics_person_years where user_id = person;
    insert into analytics_person_years (user_id, year_kyiv, completions, hours_tenths, ects_hundredths, last_completed_at)
    select e.user_id, cast(extract(year from e.completed_at at time zone 'Europe/Kyiv') as integer), count(*),
           coalesce(cast(sum(c.hours) * 10 as bigint), 0), coalesce(cast(sum(c.ects_credits) * 100 as bigint), 0),
           max(e.completed_at)
    from enrollments e join courses c on c.id = e.course_id
    where e.user_id = person and e.completed_at is not null
    group by e.user_id, cast(extract(year from e.completed_at at time zone 'Europe/Kyiv') as integer);
end $$;

create function analytics_person_years_on_enrollment() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.user_id = new.user_id and old.course_id = new.course_id
       and old.completed_at is not distinct from new.completed_at then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.completed_at is not null then
        perform analytics_person_years_refresh(old.user_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.completed_at is not null
       and (tg_op = 'INSERT' or old.completed_at is null or old.user_id <> new.user_id) then
        perform analytics_person_years_refresh(new.user_id);
    end if;
    return null;
end $$;

create trigger analytics_person_years_enrollments after insert or update or delete on enrollments
    for each row execute function analytics_person_years_on_enrollment();

create function analytics_person_years_on_course() returns trigger language plpgsql as $$
declare
    person uuid;
begin
    for person in select distinct user_id from enrollments
                  where course_id = new.id and completed_at is not null order by user_id loop
        perform analytics_person_years_refresh(person);
    end loop;
    return null;
end $$;

create trigger analytics_person_years_courses after update of hours, ects_credits on courses
    for each row when (old.hours is distinct from new.hours or old.ects_credits is distinct from new.ects_credits)
    execute function analytics_person_years_on_course();

-- the backfill: what the plain query gives today
insert into analytics_person_years (user_id, year_kyiv, completions, hours_tenths, ects_hundredths, last_completed_at)
select e.user_id, cast(extract(year from e.completed_at at time zone 'Europe/Kyiv') as integer), count(*),
       coalesce(cast(sum(c.hours) * 10 as bigint), 0), coalesce(cast(sum(c.ects_credits) * 100 as bigint), 0),
       max(e.completed_at)
from enrollments e join courses c on c.id = e.course_id
where e.completed_at is not null
group by e.user_id, cast(extract(year from e.completed_at at time zone 'Europe/Kyiv') as integer);
