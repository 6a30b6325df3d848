-- Issue 17: a question keeps the format its text is written in (html, markdown, plain, moodle), so a
-- GIFT export writes back the [format] it was imported with. Existing texts were read as Markdown,
-- except those that start as HTML, which the export already marked [html]: they become 'html'.
alter table questions add column text_format varchar(10) default 'markdown' not null;

update questions set text_format = 'html'
 where text like '<!--%'
    or (substring(text, 1, 1) = '<' and upper(substring(text, 2, 1)) <> lower(substring(text, 2, 1)));
