-- Complete responses waiting to become signals (converted in the background, in batches).
create index survey_response_unconverted_idx on survey_response (id) where status = 'COMPLETE' and not converted;
