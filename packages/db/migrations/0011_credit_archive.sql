-- The credit archive (信贷档案): docs/domain/credit-archive.md, docs/adr/0004-archive-storage.md.

-- The bank's name on printed archive documents (the PDF header); null: the head office's branch name.
create table archive_setting (
  id integer primary key default 1 check (id = 1),
  institution_name text check (institution_name is null or length(institution_name) between 1 and 100)
);
insert into archive_setting (id) values (1);

-- Retention classes (保管期限), configurable by editing rows: years after the anchor (filing or the end of
-- the loan), or permanent.
create table archive_retention_class (
  code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name text not null,
  years integer check (years between 1 and 100),
  anchor text not null check (anchor in ('filed', 'loan_end', 'none')),
  check ((anchor = 'none') = (years is null))
);
insert into archive_retention_class (code, name, years, anchor) values
  ('permanent', '永久', null, 'none'),
  ('loan_end_30y', '贷款结清后30年', 30, 'loan_end'),
  ('loan_end_10y', '贷款结清后10年', 10, 'loan_end'),
  ('filed_5y', '归档后5年', 5, 'filed');

-- Per stage: the retention class a new document gets unless the uploader names another, and whether a
-- loan's file must contain the stage (the yearly check reports it missing). Configurable by editing rows.
create table archive_stage_setting (
  stage text primary key
    check (stage in ('investigation', 'approval', 'contract', 'disbursement', 'inspection', 'repayment',
                     'write_off', 'other')),
  retention_class text not null references archive_retention_class (code),
  mandatory boolean not null
);
insert into archive_stage_setting (stage, retention_class, mandatory) values
  ('investigation', 'loan_end_30y', true),
  ('approval', 'loan_end_30y', true),
  ('contract', 'loan_end_30y', true),
  ('disbursement', 'loan_end_30y', true),
  ('inspection', 'loan_end_10y', true),
  ('repayment', 'loan_end_10y', true),
  ('write_off', 'permanent', true),
  ('other', 'filed_5y', false);

-- Content, addressed by its SHA-256 (hex): one row per distinct content, however many versions name it.
-- `content` is null once every document naming it is destroyed (the digest and size stay as the record).
create table archive_blob (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes integer not null check (size_bytes > 0),
  content bytea,
  created_at timestamptz not null default now(),
  destroyed_at timestamptz,
  check ((content is null) = (destroyed_at is not null)),
  check (content is null or octet_length(content) = size_bytes)
);

create table archive_document (
  id bigserial primary key,
  customer_id bigint not null references customer (id),
  loan_id bigint references loan (id),
  -- The customer's branch: scope and the yearly check go by it.
  branch_id text not null references branch (id),
  stage text not null
    check (stage in ('investigation', 'approval', 'contract', 'disbursement', 'inspection', 'repayment',
                     'write_off', 'other')),
  title text not null,
  retention_class text not null references archive_retention_class (code),
  -- Where the paper original is kept (档案室/柜/盒), when there is one.
  paper_location text,
  source text not null check (source in ('upload', 'inspection_report')),
  -- A signed inspection report's PDF (source inspection_report), or an attachment of that report.
  inspection_report_id bigint references inspection_report (id),
  status text not null default 'active' check (status in ('active', 'destroyed')),
  destroyed_on date,
  destroyed_by text,
  destruction_approved_by text,
  destruction_approval_id bigint references approval_request (id),
  created_by text not null,
  created_on date not null,
  created_at timestamptz not null default now(),
  check ((status = 'destroyed') = (destroyed_on is not null and destruction_approval_id is not null)),
  check (source <> 'inspection_report' or inspection_report_id is not null)
);
create index archive_document_customer_idx on archive_document (customer_id, stage, id);
create index archive_document_branch_idx on archive_document (branch_id, status);
create index archive_document_loan_idx on archive_document (loan_id) where loan_id is not null;
create index archive_document_report_idx on archive_document (inspection_report_id) where inspection_report_id is not null;
-- One filed PDF per signed report.
create unique index archive_document_report_pdf_idx on archive_document (inspection_report_id)
  where source = 'inspection_report';

-- Versions: a new upload of a document is version n + 1; older versions stay.
create table archive_version (
  document_id bigint not null references archive_document (id),
  version integer not null check (version >= 1),
  sha256 text not null references archive_blob (sha256),
  file_name text not null,
  media_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  uploaded_by text not null,
  uploaded_on date not null,
  uploaded_at timestamptz not null default now(),
  primary key (document_id, version)
);
create index archive_version_sha_idx on archive_version (sha256);

-- Check-out (借阅) of a paper file: who took it, why, until when; returned_on once it is back.
create table archive_checkout (
  id bigserial primary key,
  document_id bigint not null references archive_document (id),
  borrower text not null,
  purpose text not null,
  checked_out_on date not null,
  due_on date not null,
  recorded_by text not null,
  returned_on date,
  returned_to text,
  created_at timestamptz not null default now(),
  check (due_on >= checked_out_on),
  check (returned_on is null or returned_on >= checked_out_on),
  check ((returned_on is null) = (returned_to is null))
);
-- A paper file is out at most once at a time; overdue lists read open check-outs by due date.
create unique index archive_checkout_open_idx on archive_checkout (document_id) where returned_on is null;
create index archive_checkout_due_idx on archive_checkout (due_on) where returned_on is null;
