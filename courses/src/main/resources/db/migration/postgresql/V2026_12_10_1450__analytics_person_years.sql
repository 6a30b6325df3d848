-- issue15 g8: the coverage report's one aggregate (per person and Kyiv calendar year: completions, hours,
-- ECTS credits, last completion), kept as a rollup so a report reads 20,000 rows instead of summing
-- 100,000 enrolments per request. Triggers keep it exact in the transaction that changes enrolments or a
-- course's hours/credits, whichever code path (or script) writes them: the people touched have their rows
-- summed anew, never incremented, so the rollup equals the plain query after every commit. Statement
-- triggers with transition tables, so a script inserting 100,000 enrolments refreshes each person once,
-- set-wise. The people's rows in users are locked first (in id order), so two transactions changing one
-- person's enrolments refresh one after the other, and each statement of the later one sees what the
-- earlier committed. Where a person works is not stored: reports join users, so a move needs no refresh.
create table analytics_person_years (
    user_id           uuid                     not null,
    year_kyiv         integer                  not null,
    completions       integer                  not null,
    hours_tenths      bigint                   not null,
    ects_hundredths   bigint                   not null,
    last_completed_at timestamp with time zone not null,
    primary key (user_id, year_kyiv)
);

create function analytics_person_years_refresh(people uuid[]) returns void language plpgsql as $$
begin
    if cardinality(people) = 0 then
        return;
    end if;
    perform 1 from users where id = any (people) order by id for update;
    delete from analytics_person_years where user_id = any (people);
    insert into analytics_person_years (user_id, year_kyiv, completions, hours_tenths, ects_hundredths, last_completed_at)
    select e.user_id, cast(extract(year from e.completed_at at time zone 'Europe/Kyiv') as integer), count(*),
           coalesce(cast(sum(c.hours) * 10 as bigint), 0), coalesce(cast(sum(c.ects_credits) * 100 as bigint), 0),
           max(e.completed_at)
    from enrollments e join courses c on c.id = e.course_id
    where e.user_id = any (people) and e.completed_at is not null
    group by e.user_id, cast(extract(year from e.completed_at at time zone 'Europe/Kyiv') as integer);
end $$;

create function analytics_person_years_inserted() returns trigger language plpgsql as $$
begin
    perform analytics_person_years_refresh(array(select distinct user_id from new_rows where completed_at is not null));
    return null;
end $$;

create function analytics_person_years_updated() returns trigger language plpgsql as $$
begin
    perform analytics_person_years_refresh(array(
        select distinct p.user_id
        from old_rows o join new_rows n on n.id = o.id
        cross join lateral (values (o.user_id), (n.user_id)) p(user_id)
        where (o.completed_at is not null or n.completed_at is not null)
          and (o.user_id <> n.user_id or o.course_id <> n.course_id or o.completed_at is distinct from n.completed_at)));
    return null;
end $$;

create function analytics_person_years_deleted() returns trigger language plpgsql as $$
begin
    perform analytics_person_years_refresh(array(select distinct user_id from old_rows where completed_at is not null));
    return null;
end $$;

create trigger analytics_person_years_enrollments_inserted after insert on enrollments
    referencing new table as new_rows for each statement execute function analytics_person_years_inserted();
create trigger analytics_person_years_enrollments_updated after update on enrollments
    referencing old table as old_rows new table as new_rows for each statement execute function analytics_person_years_updated();
create trigger analytics_person_years_enrollments_deleted after delete on enrollments
    referencing old table as old_rows for each statement execute function analytics_person_years_deleted();

create function analytics_person_years_courses_updated() returns trigger language plpgsql as $$
begin
    perform analytics_person_years_refresh(array(
        select distinct e.user_id
        from old_rows o join new_rows n on n.id = o.id join enrollments e on e.course_id = n.id
        where e.completed_at is not null
          and (o.hours is distinct from n.hours or o.ects_credits is distinct from n.ects_credits)));
    return null;
end $$;

create trigger analytics_person_years_courses after update on courses
    referencing old table as old_rows new table as new_rows for each statement execute function analytics_person_years_courses_updated();

-- the backfill: what the plain query gives today
insert into analytics_person_years (user_id, year_kyiv, completions, hours_tenths, ects_hundredths, last_completed_at)
select e.user_id, cast(extract(year from e.completed_at at time zone 'Europe/Kyiv') as integer), count(*),
       coalesce(cast(sum(c.hours) * 10 as bigint), 0), coalesce(cast(sum(c.ects_credits) * 100 as bigint), 0),
       max(e.completed_at)
from enrollments e join courses c on c.id = e.course_id
where e.completed_at is not null
group by e.user_id, cast(extract(year from e.completed_at at time zone 'Europe/Kyiv') as integer);
