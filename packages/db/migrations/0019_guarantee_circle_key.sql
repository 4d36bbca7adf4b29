-- Guarantee circles are computed per request, not stored (packages/db/src/warnings/guarantee-circle.repo.ts).
-- A circle's id is a keyed hash (HMAC-SHA-256) of its sorted member customer ids, so it is stable while the
-- members stay the same and names none of them. The key is this installation's secret: without it an id
-- could be checked against a guess of who is in the circle (customer ids are few enough to try them all),
-- and a caller who sees some members would learn the ids of the others, outside their branch scope.
-- gen_random_uuid() draws from the server's strong random source (built in since PostgreSQL 13).
create table guarantee_circle_key (
  id integer primary key default 1 check (id = 1),
  secret text not null check (length(secret) >= 32)
);
insert into guarantee_circle_key (secret)
values (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
