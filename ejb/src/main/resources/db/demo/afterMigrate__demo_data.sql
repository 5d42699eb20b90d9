-- Demo data: a client with two providers and a workspace with each, a second client sharing one
-- of those providers, a reviewer firm, one user for every role, and a note on each side.
-- Runs after each migration when TANDEM_DEMO_DATA=true and adds only what is missing, so
-- restarts keep whatever the demo users changed. The rows enter the audit trail with no actor.
-- Every demo password is "tandem-demo" (PBKDF2WithHmacSHA512, 210000 iterations, own salt each).

insert into organisations (name, kind) values
    ('Northwind Insurance', 'CLIENT'),
    ('Calltech Contact Centres', 'PROVIDER'),
    ('Brightline Back Office', 'PROVIDER'),
    ('Qualis Review', 'REVIEWER'),
    ('Fabrikam Retail', 'CLIENT')
on conflict (name) do nothing;

insert into workspaces (name, client_organisation_id, provider_organisation_id)
select w.name, c.id, p.id
from (values
        ('Northwind x Calltech: UK claims', 'Northwind Insurance', 'Calltech Contact Centres'),
        ('Northwind x Brightline: policy administration', 'Northwind Insurance', 'Brightline Back Office'),
        ('Fabrikam x Brightline: returns desk', 'Fabrikam Retail', 'Brightline Back Office')
     ) as w (name, client_name, provider_name)
join organisations c on c.name = w.client_name
join organisations p on p.name = w.provider_name
on conflict (client_organisation_id, name) do nothing;

insert into user_accounts (organisation_id, email, display_name, password_hash, organisation_role, platform_admin)
select o.id, u.email, u.display_name, u.password_hash, u.organisation_role, u.organisation_name is null
from (values
        (null, 'platform@tandem.example', 'Pat Admin', 'PBKDF2WithHmacSHA512:210000:pAOm++7hVceZF8rCfelBda8deA7qY5Z5C5oMN/c6Ekc=:WEz+GE3gKQulOGItH9+uJxa3iKEHjG3FOQ5A6A2WXm8=', null),
        ('Northwind Insurance', 'admin@northwind.example', 'Olivia Grant', 'PBKDF2WithHmacSHA512:210000:A8NbRpNjuxfmQJbRrPjKZ5LfT3lKK9viLPwih1fRD3U=:bjhu8l76CggxYC2EicPkD7n4SxNTEKxv484c7odVzNI=', 'ORG_ADMIN'),
        ('Northwind Insurance', 'portfolio@northwind.example', 'Victor Hale', 'PBKDF2WithHmacSHA512:210000:bqYDGUqqLXVKCl1cSPz1EyL+UvHzY9o93XJlWQE925I=:jTiuJZ5YRg7ET1Smg3yO6EELOX29XGu/JbCGy1ra7d0=', 'PORTFOLIO_VIEWER'),
        ('Northwind Insurance', 'rm@northwind.example', 'Rita Mendes', 'PBKDF2WithHmacSHA512:210000:uBb09VD19FstV1qpWpVWMMtaS6+Ts4en9GQ5VsaovPY=:6rPG9oWj9NOhdst3DTQO0k+Ez2Mccfk87D8FBbPjQRU=', null),
        ('Northwind Insurance', 'procurement@northwind.example', 'Paul Okafor', 'PBKDF2WithHmacSHA512:210000:teXO4GOC5B2ok+bxZuiiGu8GzXkLkBSCxoW98Q9fDpM=:FW94LNdYaK5bNP8b4LH7Apeg+4ySSvSnlk42564AXyc=', null),
        ('Northwind Insurance', 'analyst@northwind.example', 'Ana Lindqvist', 'PBKDF2WithHmacSHA512:210000:yqJ/UC4uGTS6rP+A/JCxLcbofyDxPEGtWiHpnf8asmY=:jtyuewtMKdT5dJuk30HUEStjuTscOOtps4w7s/lrzdQ=', null),
        ('Calltech Contact Centres', 'am@calltech.example', 'Carl Jensen', 'PBKDF2WithHmacSHA512:210000:q6/bRh1TLayfGDkmDjYP7am27KDyVbyu8kVtJmTbGig=:zOm0e/eN5yteVE0gi+4I4bKrS0+8viAhc4IbQN6chc0=', null),
        ('Calltech Contact Centres', 'admin@calltech.example', 'Cora Lind', 'PBKDF2WithHmacSHA512:210000:q6/bRh1TLayfGDkmDjYP7am27KDyVbyu8kVtJmTbGig=:zOm0e/eN5yteVE0gi+4I4bKrS0+8viAhc4IbQN6chc0=', 'ORG_ADMIN'),
        ('Calltech Contact Centres', 'agent@calltech.example', 'Tara Singh', 'PBKDF2WithHmacSHA512:210000:OkFPBoNjNa7kuPKiMPGiItI3Zb/WkmkG48HqDMDA0HQ=:1WHSas7r+rfsVIxWfBMe4Ey3KKSlKiU9DObAP4AtbgQ=', null),
        ('Brightline Back Office', 'am@brightline.example', 'Bea Novak', 'PBKDF2WithHmacSHA512:210000:cp1sQqi0dj8iBws7qyUTmts0ksTe4+wXDTiBjuUZ2+o=:aSPvuUhNwkAVoS3dKKR1ZiMe0qicOFnCwcluheFZ/Hg=', null),
        ('Qualis Review', 'reviewer@qualis.example', 'Quinn Morel', 'PBKDF2WithHmacSHA512:210000:73YIvUa0E2rNCCGhdQO82eOp70lp0DYMlJ4DU9Mpc+w=:sFnx9Y70s4e3iPy2yBrdq1JHYqHwpP5fj1SwXlzcyLg=', null),
        ('Fabrikam Retail', 'admin@fabrikam.example', 'Frank Adeyemi', 'PBKDF2WithHmacSHA512:210000:rKVoY7ed+j1V/g+Q762euGIdOmhuXm310juerCvYiP0=:3TkH3djMd124KPNz87Oa7HH6eDh287EyvfGKhRcSmkQ=', 'ORG_ADMIN'),
        ('Fabrikam Retail', 'rm@fabrikam.example', 'Fiona Russo', 'PBKDF2WithHmacSHA512:210000:Jhhno6z62rPy82oPzvgm5RGO8gNjv29YNja+OPoVtfA=:bUfJnyFtNLXePhLkUN/xk9M6Ivds42ddTAf+DIHKcAQ=', null),
        ('Fabrikam Retail', 'analyst@fabrikam.example', 'Femi Larsen', 'PBKDF2WithHmacSHA512:210000:CRMvUDVV7G9J673fsMmW0FfuTBDq1OrXteCBHQARpdU=:fdHcVVZ3HWE/n0Rz0h/bpgqyjWK3eJdIqZAYKbbk7aY=', null)
     ) as u (organisation_name, email, display_name, password_hash, organisation_role)
left join organisations o on o.name = u.organisation_name
on conflict ((lower(email))) do nothing;

insert into memberships (user_account_id, workspace_id, role)
select u.id, w.id, m.role
from (values
        ('rm@northwind.example', 'Northwind x Calltech: UK claims', 'CLIENT_RELATIONSHIP_MANAGER'),
        ('rm@northwind.example', 'Northwind x Brightline: policy administration', 'CLIENT_RELATIONSHIP_MANAGER'),
        ('procurement@northwind.example', 'Northwind x Calltech: UK claims', 'PROCUREMENT'),
        ('procurement@northwind.example', 'Northwind x Brightline: policy administration', 'PROCUREMENT'),
        ('analyst@northwind.example', 'Northwind x Calltech: UK claims', 'CLIENT_ANALYST'),
        ('am@calltech.example', 'Northwind x Calltech: UK claims', 'PROVIDER_ACCOUNT_MANAGER'),
        ('agent@calltech.example', 'Northwind x Calltech: UK claims', 'PROVIDER_TEAM_MEMBER'),
        ('am@brightline.example', 'Northwind x Brightline: policy administration', 'PROVIDER_ACCOUNT_MANAGER'),
        ('reviewer@qualis.example', 'Northwind x Calltech: UK claims', 'EXTERNAL_REVIEWER'),
        ('am@brightline.example', 'Fabrikam x Brightline: returns desk', 'PROVIDER_ACCOUNT_MANAGER'),
        ('rm@fabrikam.example', 'Fabrikam x Brightline: returns desk', 'CLIENT_RELATIONSHIP_MANAGER'),
        ('analyst@fabrikam.example', 'Fabrikam x Brightline: returns desk', 'CLIENT_ANALYST')
     ) as m (email, workspace_name, role)
join user_accounts u on u.email = m.email
join workspaces w on w.name = m.workspace_name
on conflict (user_account_id, workspace_id) do nothing;

-- One internal note on each side of the Calltech workspace: each side sees only its own.
insert into internal_notes (workspace_id, private_to_party, author_id, body)
select w.id, n.party, u.id, n.body
from (values
        ('rm@northwind.example', 'CLIENT',
         'Calltech''s average handle time rose 8% in October. Raise it at the monthly review before accepting the figures.'),
        ('am@calltech.example', 'PROVIDER',
         'Northwind''s November forecast is 12% below our own. Prepare a relief request if volumes exceed it.')
     ) as n (email, party, body)
join user_accounts u on u.email = n.email
join workspaces w on w.name = 'Northwind x Calltech: UK claims'
where not exists (select 1 from internal_notes existing where existing.body = n.body);

-- Contracts: Calltech's master agreement is in force with its credit regime (its notice date,
-- 31 Dec 2026, falls within the warning window late in 2026); Brightline's statement of work is
-- still a draft without a regime.
insert into contracts (workspace_id, reference, type, title, effective_date, expiry_date, notice_period_days,
                       renewal_terms, currency, annual_value, monthly_charges, status, at_risk_percent,
                       pool_allocation_cap_percent, earn_back_periods, continuous_improvement_percent,
                       client_gain_share_percent)
select w.id, c.reference, c.type, c.title, c.effective_date, c.expiry_date, c.notice_days, c.renewal, 'GBP',
       c.annual_value, c.monthly_charges, c.status, c.at_risk, c.pool_cap, c.earn_back, c.improvement, c.gain_share
from (values
        ('Northwind x Calltech: UK claims', 'MSA-2025-001', 'MASTER_AGREEMENT', 'UK claims handling',
         date '2025-04-01', date '2027-03-31', 90, 'Renews for 12 months unless either party gives notice.',
         1200000.00, 100000.00, 'ACTIVE', 12.0, 250.0, 3, 10.0, 50.0),
        ('Northwind x Brightline: policy administration', 'SOW-2026-004', 'STATEMENT_OF_WORK',
         'Policy administration back office', date '2026-03-01', date '2028-02-29', 60, '',
         480000.00, 40000.00, 'DRAFT', null, null, null, null, null)
     ) as c (workspace_name, reference, type, title, effective_date, expiry_date, notice_days, renewal,
             annual_value, monthly_charges, status, at_risk, pool_cap, earn_back, improvement, gain_share)
join workspaces w on w.name = c.workspace_name
on conflict (workspace_id, reference) do nothing;

-- The signed copy of Calltech's master agreement: a one-page PDF, uploaded by procurement.
with pdf (bytes) as (
    select decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5'
                  || 'cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVu'
                  || 'dCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvUmVzb3VyY2VzIDw8IC9Gb250IDw8IC9GMSA1IDAgUiA+PiA+PiAv'
                  || 'Q29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCA4MiA+PgpzdHJlYW0KQlQgL0YxIDE0IFRmIDcy'
                  || 'IDc2MCBUZCAoTVNBLTIwMjUtMDAxIFVLIGNsYWltcyBoYW5kbGluZzogc2lnbmVkIGNvcHkgKGRlbW8pKSBUaiBFVAplbmRz'
                  || 'dHJlYW0KZW5kb2JqCjUgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvSGVsdmV0aWNh'
                  || 'ID4+CmVuZG9iagp4cmVmCjAgNgowMDAwMDAwMDAwIDY1NTM1IGYgCjAwMDAwMDAwMDkgMDAwMDAgbiAKMDAwMDAwMDA1OCAw'
                  || 'MDAwMCBuIAowMDAwMDAwMTE1IDAwMDAwIG4gCjAwMDAwMDAyNDEgMDAwMDAgbiAKMDAwMDAwMDM3MyAwMDAwMCBuIAp0cmFp'
                  || 'bGVyCjw8IC9TaXplIDYgL1Jvb3QgMSAwIFIgPj4Kc3RhcnR4cmVmCjQ0MwolJUVPRgo=', 'base64')
), document as (
    insert into contract_documents (workspace_id, contract_id, file_name, content_type, size_bytes, sha256,
                                    uploaded_by)
    select c.workspace_id, c.id, 'MSA-2025-001 signed.pdf', 'application/pdf', length(pdf.bytes),
           encode(sha256(pdf.bytes), 'hex'), u.id
    from pdf
    join contracts c on c.reference = 'MSA-2025-001'
    join workspaces w on w.id = c.workspace_id and w.name = 'Northwind x Calltech: UK claims'
    join user_accounts u on u.email = 'procurement@northwind.example'
    where not exists (select 1 from contract_documents existing
                      where existing.contract_id = c.id and existing.file_name = 'MSA-2025-001 signed.pdf')
    returning id, workspace_id
)
insert into contract_document_contents (document_id, workspace_id, content)
select document.id, document.workspace_id, pdf.bytes from document, pdf;

-- Obligations under Calltech's master agreement: a monthly pack from the provider that is
-- overdue, and the client's monthly forecast, due later.
insert into obligations (workspace_id, contract_id, description, owner_party, due_date, recurrence)
select c.workspace_id, c.id, o.description, o.owner_party, o.due_date, o.recurrence
from (values
        ('Send the monthly performance pack with interaction data', 'PROVIDER', date '2026-10-10', 'MONTHLY'),
        ('Share the call volume forecast for the next quarter', 'CLIENT', date '2026-12-15', 'QUARTERLY')
     ) as o (description, owner_party, due_date, recurrence)
join contracts c on c.reference = 'MSA-2025-001'
where not exists (select 1 from obligations existing where existing.description = o.description);

-- Service levels of Calltech's master agreement (12% at risk, earn-back over 3 months, 10% yearly
-- continuous improvement; contract year 2 starts in April 2026, so "answered within 20 s" expects
-- 82.00% from then on): three critical levels and two key ones.
insert into service_levels (workspace_id, contract_id, name, metric, metric_parameter, direction, critical,
                            allocation_percent, effective_from)
select c.workspace_id, c.id, s.name, s.metric, s.parameter, s.direction, s.critical, s.allocation, date '2025-04-01'
from (values
        ('Calls answered within 20 s', 'SERVICE_LEVEL', 20, 'HIGHER_IS_BETTER', true, 40.0),
        ('Abandonment rate', 'ABANDONMENT_RATE', null, 'LOWER_IS_BETTER', true, 30.0),
        ('First-contact resolution', 'FIRST_CONTACT_RESOLUTION', 7, 'HIGHER_IS_BETTER', true, 30.0),
        ('Customer satisfaction', 'CSAT', null, 'HIGHER_IS_BETTER', false, 0.0),
        ('Average handle time', 'AVERAGE_HANDLE_TIME', null, 'LOWER_IS_BETTER', false, 0.0)
     ) as s (name, metric, parameter, direction, critical, allocation)
join contracts c on c.reference = 'MSA-2025-001'
on conflict (contract_id, name) do nothing;

-- Targets as agreed; first-contact resolution was renegotiated from January 2026.
insert into service_level_targets (workspace_id, service_level_id, applies_from, expected_level, minimum_level,
                                   direction)
select s.workspace_id, s.id, t.applies_from, t.expected, t.minimum, s.direction
from (values
        ('Calls answered within 20 s', date '2025-04-01', 80.0, 75.0),
        ('Abandonment rate', date '2025-04-01', 5.0, 8.0),
        ('First-contact resolution', date '2025-04-01', 72.0, 68.0),
        ('First-contact resolution', date '2026-01-01', 75.0, 70.0),
        ('Customer satisfaction', date '2025-04-01', 85.0, 80.0),
        ('Average handle time', date '2025-04-01', 300.0, 330.0)
     ) as t (level_name, applies_from, expected, minimum)
join service_levels s on s.name = t.level_name
join contracts c on c.id = s.contract_id and c.reference = 'MSA-2025-001'
on conflict (service_level_id, applies_from) do nothing;

-- April to October 2026. June's 73.4% is a breach earned back by three good months; May's 74.0%
-- is excused (relief approved); August's abandonment is a breach made payable by September;
-- September's first-contact resolution is a breach still pending earn-back. October is under
-- review: one month awaits the client, one is disputed.
insert into measurements (workspace_id, service_level_id, period, value, numerator, denominator, source, evidence,
                          status, submitted_by, submitted_at, reviewed_by, reviewed_at)
select s.workspace_id, s.id, m.period, m.value, m.numerator, m.denominator, 'IMPORT', 'Monthly ACD and CRM export',
       m.status, carl.id, m.period + interval '1 month 3 days',
       case when m.status = 'SUBMITTED' then null else rita.id end,
       case when m.status = 'SUBMITTED' then null else m.period + interval '1 month 8 days' end
from (values
        ('Calls answered within 20 s', date '2026-04-01', 82.6, 10326, 12500, 'ACCEPTED'),
        ('Calls answered within 20 s', date '2026-05-01', 74.0, 11100, 15000, 'ACCEPTED'),
        ('Calls answered within 20 s', date '2026-06-01', 73.4, 9175, 12500, 'ACCEPTED'),
        ('Calls answered within 20 s', date '2026-07-01', 83.1, 10388, 12500, 'ACCEPTED'),
        ('Calls answered within 20 s', date '2026-08-01', 84.0, 10500, 12500, 'ACCEPTED'),
        ('Calls answered within 20 s', date '2026-09-01', 82.5, 10313, 12500, 'ACCEPTED'),
        ('Calls answered within 20 s', date '2026-10-01', 79.0, 9875, 12500, 'SUBMITTED'),
        ('Abandonment rate', date '2026-04-01', 4.2, 525, 12500, 'ACCEPTED'),
        ('Abandonment rate', date '2026-05-01', 7.5, 1125, 15000, 'ACCEPTED'),
        ('Abandonment rate', date '2026-06-01', 4.4, 550, 12500, 'ACCEPTED'),
        ('Abandonment rate', date '2026-07-01', 4.0, 500, 12500, 'ACCEPTED'),
        ('Abandonment rate', date '2026-08-01', 9.2, 1150, 12500, 'ACCEPTED'),
        ('Abandonment rate', date '2026-09-01', 6.0, 750, 12500, 'ACCEPTED'),
        ('Abandonment rate', date '2026-10-01', 4.1, 513, 12500, 'DISPUTED'),
        ('First-contact resolution', date '2026-04-01', 78.2, 7820, 10000, 'ACCEPTED'),
        ('First-contact resolution', date '2026-05-01', 77.9, 7790, 10000, 'ACCEPTED'),
        ('First-contact resolution', date '2026-06-01', 78.4, 7840, 10000, 'ACCEPTED'),
        ('First-contact resolution', date '2026-07-01', 79.0, 7900, 10000, 'ACCEPTED'),
        ('First-contact resolution', date '2026-08-01', 78.8, 7880, 10000, 'ACCEPTED'),
        ('First-contact resolution', date '2026-09-01', 68.0, 6800, 10000, 'ACCEPTED'),
        ('First-contact resolution', date '2026-10-01', 78.1, 7810, 10000, 'ACCEPTED'),
        ('Customer satisfaction', date '2026-08-01', 86.0, 1720, 2000, 'ACCEPTED'),
        ('Customer satisfaction', date '2026-09-01', 83.5, 1670, 2000, 'ACCEPTED'),
        ('Customer satisfaction', date '2026-10-01', 87.0, 1740, 2000, 'ACCEPTED'),
        ('Average handle time', date '2026-08-01', 291.0, null, null, 'ACCEPTED'),
        ('Average handle time', date '2026-09-01', 296.0, null, null, 'ACCEPTED'),
        ('Average handle time', date '2026-10-01', 320.0, null, null, 'SUBMITTED')
     ) as m (level_name, period, value, numerator, denominator, status)
join service_levels s on s.name = m.level_name
join contracts c on c.id = s.contract_id and c.reference = 'MSA-2025-001'
join user_accounts carl on carl.email = 'am@calltech.example'
join user_accounts rita on rita.email = 'rm@northwind.example'
on conflict (service_level_id, period) do nothing;

-- The October abandonment dispute, still open.
insert into dispute_messages (workspace_id, measurement_id, kind, party, author_id, body, posted_at)
select m.workspace_id, m.id, d.kind, d.party, u.id, d.body, m.submitted_at + d.after
from (values
        ('DISPUTE', 'CLIENT', 'rm@northwind.example', interval '5 days',
         'The ACD export leaves out the overflow queue; our own figure for October is 5.3%.'),
        ('REPLY', 'PROVIDER', 'am@calltech.example', interval '6 days',
         'Overflow calls go to Brightline under schedule 4, not to us. We will send the queue map.')
     ) as d (kind, party, author, after, body)
join user_accounts u on u.email = d.author
join measurements m on m.period = date '2026-10-01' and m.status = 'DISPUTED'
join service_levels s on s.id = m.service_level_id and s.name = 'Abandonment rate'
where not exists (select 1 from dispute_messages existing where existing.body = d.body);

-- Relief: May's surge was excused; August's carrier outage awaits the client's decision.
insert into reliefs (workspace_id, service_level_id, period, reason, status, requested_by, requested_at, decided_by,
                     decided_at, decision_note)
select s.workspace_id, s.id, r.period, r.reason, r.status, carl.id, r.period + interval '1 month 2 days',
       case when r.status = 'APPROVED' then rita.id end,
       case when r.status = 'APPROVED' then r.period + interval '1 month 9 days' end, r.note
from (values
        ('Calls answered within 20 s', date '2026-05-01', 'Storm claims surge: 15,000 calls against a forecast of 9,400.',
         'APPROVED', 'Agreed: volume was 160% of the forecast we gave.'),
        ('Abandonment rate', date '2026-08-01', 'Carrier outage on 14 August took 40% of lines down for five hours.',
         'REQUESTED', null)
     ) as r (level_name, period, reason, status, note)
join service_levels s on s.name = r.level_name
join contracts c on c.id = s.contract_id and c.reference = 'MSA-2025-001'
join user_accounts carl on carl.email = 'am@calltech.example'
join user_accounts rita on rita.email = 'rm@northwind.example'
on conflict (service_level_id, period) do nothing;

-- Data sharing: Fabrikam is German (every other organisation is British, the column's default).
-- In the Calltech workspace, interaction records flow to Northwind under an agreement both sides
-- signed (Calltech's Pune site under standard contractual clauses, hosting in Ireland); call
-- recordings and transcripts for quality review await Calltech's signature.
update organisations set country = 'DE' where name = 'Fabrikam Retail' and country <> 'DE';

insert into data_sharing_agreements (workspace_id, title, status, current_version, created_at, changed_at)
select w.id, a.title, a.status, 1, a.created_at, a.created_at
from (values
        ('Interaction records for performance reporting', 'ACTIVE', timestamptz '2026-03-02 09:00+00'),
        ('Call recordings and transcripts for quality review', 'PARTLY_SIGNED', timestamptz '2026-11-20 10:30+00')
     ) as a (title, status, created_at)
join workspaces w on w.name = 'Northwind x Calltech: UK claims'
where not exists (select 1 from data_sharing_agreements existing
                  where existing.workspace_id = w.id and existing.title = a.title);

insert into data_sharing_versions (workspace_id, agreement_id, number, direction, purpose, lawful_basis,
                                   retention_months, safeguards, review_date, created_by, created_at)
select a.workspace_id, a.id, 1, v.direction, v.purpose, v.basis, v.retention, v.safeguards, v.review_date, rita.id,
       a.created_at
from (values
        ('Interaction records for performance reporting', 'PROVIDER_TO_CLIENT',
         'Monthly service-level and performance reporting, and checking the provider''s measurements.',
         'LEGITIMATE_INTERESTS', 24, 'Encrypted transfer (SFTP); customer references pseudonymised; access limited to named analysts.',
         date '2027-06-30'),
        ('Call recordings and transcripts for quality review', 'BOTH',
         'Joint quality calibration: sampled calls scored by both parties and the external reviewer.',
         'LEGITIMATE_INTERESTS', 6, 'Recordings stay on the provider''s platform; transcripts redact payment details.',
         date '2027-11-30')
     ) as v (title, direction, purpose, basis, retention, safeguards, review_date)
join data_sharing_agreements a on a.title = v.title
join workspaces w on w.id = a.workspace_id and w.name = 'Northwind x Calltech: UK claims'
join user_accounts rita on rita.email = 'rm@northwind.example'
on conflict (agreement_id, number) do nothing;

insert into data_sharing_categories (workspace_id, version_id, category, sensitivity)
select v.workspace_id, v.id, c.category, c.sensitivity
from (values
        ('Interaction records for performance reporting', 'INTERACTION_RECORDS', 'MODERATE'),
        ('Interaction records for performance reporting', 'AGENT_PERFORMANCE', 'MODERATE'),
        ('Call recordings and transcripts for quality review', 'CALL_RECORDINGS', 'HIGH'),
        ('Call recordings and transcripts for quality review', 'TRANSCRIPTS', 'HIGH')
     ) as c (title, category, sensitivity)
join data_sharing_agreements a on a.title = c.title
join data_sharing_versions v on v.agreement_id = a.id and v.number = 1
on conflict (version_id, category) do nothing;

insert into data_sharing_locations (workspace_id, version_id, country, mechanism, sub_processor)
select v.workspace_id, v.id, l.country, l.mechanism, l.sub_processor
from (values
        ('Interaction records for performance reporting', 'GB', null, null),
        ('Interaction records for performance reporting', 'IN', 'STANDARD_CONTRACTUAL_CLAUSES', null),
        ('Interaction records for performance reporting', 'IE', 'ADEQUACY', 'Cloudvault Hosting'),
        ('Call recordings and transcripts for quality review', 'GB', null, null),
        ('Call recordings and transcripts for quality review', 'ZA', 'STANDARD_CONTRACTUAL_CLAUSES', 'Transcribe Cape')
     ) as l (title, country, mechanism, sub_processor)
join data_sharing_agreements a on a.title = l.title
join data_sharing_versions v on v.agreement_id = a.id and v.number = 1
where not exists (select 1 from data_sharing_locations existing
                  where existing.version_id = v.id and existing.country = l.country);

insert into data_sharing_signatures (workspace_id, version_id, party, signed_by, signed_at)
select v.workspace_id, v.id, s.party, u.id, s.signed_at
from (values
        ('Interaction records for performance reporting', 'CLIENT', 'rm@northwind.example',
         timestamptz '2026-03-04 14:00+00'),
        ('Interaction records for performance reporting', 'PROVIDER', 'am@calltech.example',
         timestamptz '2026-03-05 09:15+00'),
        ('Call recordings and transcripts for quality review', 'CLIENT', 'rm@northwind.example',
         timestamptz '2026-11-21 16:40+00')
     ) as s (title, party, email, signed_at)
join data_sharing_agreements a on a.title = s.title
join data_sharing_versions v on v.agreement_id = a.id and v.number = 1
join user_accounts u on u.email = s.email
on conflict (version_id, party) do nothing;

-- Interactions: the claims workspace's contacts of the two months before the one in which the demo
-- data is first loaded and of that month up to the day before, so that the demo stays current.
-- Calltech's account manager imported one file per month, under the interaction-records agreement
-- (its feed log lists each). Calls and chats between 07:00 and 22:00, about 1,500-1,900 on a
-- weekday, 650 on a Saturday, 300 on a Sunday, peaking mid-morning and early afternoon, in a model
-- like bench/InteractionGenerator.java's: waits exponential and longer at the peaks (4 % far
-- longer), abandons when a caller's patience runs out first (1.5 % of calls are misdials hung up
-- within 5 s), lognormal handle times, a resolved flag, CSAT and NPS for 12 % of handled
-- contacts, and 15 % repeat contacts by a customer of the days before. Since the start of the
-- current month (and at least for the last week) Calltech is short of agents: waits are 2.5 times
-- as long, so about 61 % of contacts are answered within 20 s instead of 86 %, and 9 % to 10 %
-- abandon instead of 3 % (abandons under 5 s left out): what early warning is for.
--
-- Deterministic: every draw comes from hashtext of the record id, never random(). The records go
-- in once, the first time the workspace has none of these files, with what an import keeps beside
-- them: each file's history entry and feed, and the month's dashboard_volumes rows exactly as
-- io.tandem.dashboard.VolumeAggregates writes them. Computed KPIs are not written here: the
-- application computes them when a level becomes computed (SOW-KPI-001 below).
do $$
declare
    v_workspace constant bigint := (select id from workspaces where name = 'Northwind x Calltech: UK claims');
    v_agreement constant bigint := (select a.id from data_sharing_agreements a
                                    join workspaces w on w.id = a.workspace_id
                                    where w.name = 'Northwind x Calltech: UK claims'
                                      and a.title = 'Interaction records for performance reporting'
                                      and a.status = 'ACTIVE');
    v_first constant date := (date_trunc('month', current_date) - interval '2 months')::date;
    v_short_staffed_from constant date := least(date_trunc('month', current_date)::date, current_date - 7);
    v_month date;
    v_import bigint;
    v_rows bigint;
begin
    -- a file comes in only under the agreement in force, as in the application
    if v_workspace is null or v_agreement is null
       or exists (select 1 from interaction_imports existing
                  where existing.workspace_id = v_workspace and existing.file_name like 'calltech-interactions-%') then
        return;
    end if;
    for v_month in select generate_series(v_first, current_date - 1, interval '1 month')::date loop
        perform tandem_interaction_partition(v_month);
        -- sent after closing on the last day the file covers
        insert into interaction_imports (workspace_id, file_name, imported_by, started_at, outcome)
        select v_workspace, 'calltech-interactions-' || to_char(v_month, 'YYYY-MM') || '.csv', carl.id,
               least(v_month + interval '1 month', current_date) - interval '1 day' + time '22:30', 'STORED'
        from user_accounts carl where carl.email = 'am@calltech.example'
        returning id into v_import;

        insert into interactions (workspace_id, record_id, import_id, channel, queue, offered_at, answered_at, ended_at,
                                  abandoned, wait_seconds, handle_seconds, agent_ref, customer_ref, resolved, csat, nps)
        with profile as (
            -- the half hours from 07:00 to 22:00: their share of the day's contacts and their load
            -- against the day's average (the first three quarters of an hour fill up)
            select s, to_char(time '07:00' + s * interval '30 minutes', 'HH24MI') as slot_text,
                   weight / sum(weight) over () as share, weight / avg(weight) over () as load
            from generate_series(0, 29) s
            cross join lateral (select 7.25 + s / 2.0 as hour) mid
            cross join lateral (select (least(1.0, (s * 30 + 15) / 45.0)
                                        * (0.20 + exp(-power((mid.hour - 10.25) / 1.3, 2) / 2)
                                           + 0.80 * exp(-power((mid.hour - 14.5) / 1.5, 2) / 2)
                                           + 0.30 * exp(-power((mid.hour - 19.0) / 1.1, 2) / 2)))::float8 as weight) w
        ), days as (
            select d::date as day, to_char(d, 'YYYYMMDD') as day_text, d >= v_short_staffed_from as short_staffed,
                   (array[1900, 1700, 1650, 1600, 1500, 650, 300])[extract(isodow from d)]
                       * (0.92 + 0.16 * (hashtext('day ' || d::date)::bigint & 2147483647) / 2147483648.0::float8)
                       as contacts
            from generate_series(v_month, least((v_month + interval '1 month')::date, current_date) - 1,
                                 interval '1 day') d
        ), queues (queue, channel, low, high, mean_wait, mean_patience, median_handle, resolved_rate, first_agent,
                   agents) as (values
            ('Claims', 'VOICE', 0.00, 0.45, 6, 180, 300, 0.78, 101, 60),
            ('Policy service', 'VOICE', 0.45, 0.70, 6, 190, 270, 0.84, 201, 40),
            ('Billing', 'VOICE', 0.70, 0.82, 7, 170, 240, 0.86, 251, 20),
            ('Claims chat', 'CHAT', 0.82, 1.00, 9, 300, 480, 0.74, 301, 30)
        ), contacts as (
            -- one hash per contact, computed once (offset 0 keeps the subquery from being inlined
            -- into every use); the other draws are that hash times a multiplier modulo 2^31 - 1
            select c.*, hashtext(c.record_id)::bigint & 2147483647 as h
            from (select d.day, d.short_staffed, p.load, j, n.n,
                         'CT-' || d.day_text || '-' || p.slot_text || '-' || lpad(j::text, 3, '0') as record_id,
                         d.day + time '07:00' + p.s * interval '30 minutes' as slot_start
                  from days d
                  cross join profile p
                  cross join lateral (select round(d.contacts * p.share
                                                   * (0.9 + 0.2 * (hashtext('slot ' || d.day || ' ' || p.s)::bigint
                                                                   & 2147483647) / 2147483648.0::float8))::int as n) n
                  cross join generate_series(1, n.n) j) c
            offset 0
        ), drawn as (
            select c.*,
                   c.h * 48271 % 2147483647 / 2147483648.0::float8 as u_queue,
                   c.h * 16807 % 2147483647 / 2147483648.0::float8 as u_wait,
                   c.h * 69621 % 2147483647 / 2147483648.0::float8 as u_tail,
                   c.h * 39373 % 2147483647 / 2147483648.0::float8 as u_patience,
                   c.h * 950706376 % 2147483647 / 2147483648.0::float8 as u_misdial,
                   c.h * 742938285 % 2147483647 / 2147483648.0::float8 as u_handle,
                   c.h * 1226874159 % 2147483647 / 2147483648.0::float8 as u_handle_angle,
                   c.h * 62089911 % 2147483647 / 2147483648.0::float8 as u_resolved,
                   c.h * 1343714438 % 2147483647 / 2147483648.0::float8 as u_survey,
                   c.h * 784588716 % 2147483647 / 2147483648.0::float8 as u_csat,
                   c.h * 397204094 % 2147483647 / 2147483648.0::float8 as u_nps,
                   c.h * 630360016 % 2147483647 / 2147483648.0::float8 as u_agent,
                   c.h * 1583458089 % 2147483647 / 2147483648.0::float8 as u_repeat,
                   c.h * 1781106990 % 2147483647 / 2147483648.0::float8 as u_offset
            from contacts c
        ), waited as (
            -- staffing follows the day's forecast only so far: waits grow with the half hour's load
            select u.*, q.*,
                   u.slot_start + floor((u.j - 1 + u.u_offset) * 1800 / u.n) * interval '1 second' as offered,
                   q.mean_wait * greatest(0.3, least(4, power(u.load, 1.5)))
                       * case when u.short_staffed then 2.5 else 1 end * -ln(1 - u.u_wait)
                       * case when u.u_tail < 0.04 then 2 + 150 * u.u_tail else 1 end as wait,
                   case when q.channel = 'VOICE' and u.u_misdial < 0.015 then floor(u.u_misdial * 333)
                        else q.mean_patience * -ln(1 - u.u_patience) end as patience
            from drawn u join queues q on u.u_queue >= q.low and u.u_queue < q.high
        ), handled as (
            select w.*, w.patience < w.wait as gave_up,
                   floor(least(w.patience, w.wait))::int as wait_seconds,
                   greatest(15, round(w.median_handle
                                      * exp(0.6 * sqrt(-2 * ln(1 - w.u_handle)) * cos(2 * pi() * w.u_handle_angle))))::int
                       as handle_seconds
            from waited w
            offset 0
        ), rated as (
            -- a long wait makes a problem harder to solve at once; CSAT is mostly 4-5 when resolved,
            -- spread low when not, and a wait over two minutes costs a point a third of the time
            select h.*, case when not h.gave_up and h.u_survey < 0.12 then
                            greatest(1, case when h.resolved
                                             then case when h.u_csat < 0.02 then 1 when h.u_csat < 0.05 then 2
                                                       when h.u_csat < 0.13 then 3 when h.u_csat < 0.45 then 4 else 5 end
                                             else case when h.u_csat < 0.20 then 1 when h.u_csat < 0.40 then 2
                                                       when h.u_csat < 0.65 then 3 when h.u_csat < 0.87 then 4 else 5 end
                                        end - case when h.wait_seconds > 120 and h.u_survey < 0.04 then 1 else 0 end)
                        end as csat_score
            from (select h.*, not h.gave_up and h.u_resolved < h.resolved_rate
                                  - case when h.wait_seconds > 300 then 0.08 else 0 end as resolved
                  from handled h) h
            offset 0
        )
        select v_workspace, r.record_id, v_import, r.channel, r.queue, r.offered,
               case when not r.gave_up then r.offered + r.wait_seconds * interval '1 second' end,
               r.offered + (r.wait_seconds + case when r.gave_up then 0 else r.handle_seconds end) * interval '1 second',
               r.gave_up, r.wait_seconds, case when not r.gave_up then r.handle_seconds end,
               case when not r.gave_up then 'A-' || (r.first_agent + floor(r.u_agent * r.agents)) end,
               -- a repeat contact takes the customer of a contact one to three days before
               lpad(to_hex(hashtext(case when r.u_repeat < 0.15
                                         then 'CT-' || to_char(r.day - 1 - floor(r.u_repeat * 20)::int, 'YYYYMMDD')
                                              || '-' || to_char(time '09:00' + floor(r.u_agent * 16) * interval '30 minutes',
                                                                'HH24MI')
                                              || '-' || lpad((1 + floor(r.u_nps * 10))::text, 3, '0')
                                         else r.record_id end)), 8, '0'),
               case when not r.gave_up then r.resolved end,
               r.csat_score,
               -- NPS for 80 % of CSAT answers, following them
               case when r.csat_score is not null and r.u_nps < 0.8
                    then least(10, greatest(0, (array[1, 3, 6, 8, 9])[r.csat_score] + floor(r.u_nps * 3.75)::int
                                               - case when r.csat_score = 5 then 0 else 1 end)) end
        from rated r;
        get diagnostics v_rows = row_count;

        update interaction_imports i
        set row_count = v_rows, first_offered = span.first, last_offered = span.last,
            duration_ms = 400 + v_rows * 86 / 1000,
            finished_at = i.started_at + (400 + v_rows * 86 / 1000) * interval '1 millisecond', version = i.version + 1
        from (select min(offered_at) as first, max(offered_at) as last from interactions
              where workspace_id = v_workspace and import_id = v_import) span
        where i.id = v_import;

        insert into data_sharing_feeds (workspace_id, agreement_id, version_number, category, row_count, description,
                                        recorded_by, recorded_at)
        select v_workspace, a.id, a.current_version, 'INTERACTION_RECORDS', v_rows,
               'Interaction import ' || i.id || ': ' || i.file_name, i.imported_by, i.finished_at
        from interaction_imports i
        join data_sharing_agreements a on a.id = v_agreement
        where i.id = v_import;

        delete from dashboard_volumes where workspace_id = v_workspace and period = v_month;
        insert into dashboard_volumes (workspace_id, period, channel, queue, offered, answered, abandoned)
        select workspace_id, v_month, channel, queue, count(*), count(answered_at), count(*) filter (where abandoned)
        from interactions where workspace_id = v_workspace and offered_at >= v_month
                            and offered_at < v_month + interval '1 month'
        group by workspace_id, channel, queue;
    end loop;
end
$$;

-- A statement of work Northwind is drafting, to run from the first month of those records, whose
-- service levels are to be computed from them rather than reported. None is computed yet: making
-- one computed (service-levels page, "How values arise", or PUT .../computation) computes its
-- months, intraday figures and early warning from the records above. Still a draft, so its levels
-- may change: the master agreement's, in force, may not.
insert into contracts (workspace_id, reference, type, title, effective_date, expiry_date, notice_period_days,
                       renewal_terms, currency, annual_value, monthly_charges, status)
select w.id, 'SOW-KPI-001', 'STATEMENT_OF_WORK', 'Claims line measured from interaction records', s.first,
       (s.first + interval '2 years' - interval '1 day')::date, 90, '', 'GBP', 360000.00, 30000.00, 'DRAFT'
from workspaces w
cross join (select (date_trunc('month', current_date) - interval '2 months')::date as first) s
where w.name = 'Northwind x Calltech: UK claims'
on conflict (workspace_id, reference) do nothing;

insert into service_levels (workspace_id, contract_id, name, metric, metric_parameter, direction, critical,
                            allocation_percent, effective_from)
select c.workspace_id, c.id, s.name, s.metric, s.parameter, s.direction, s.critical, s.allocation, c.effective_date
from (values
        ('Contacts answered within 20 s', 'SERVICE_LEVEL', 20, 'HIGHER_IS_BETTER', true, 40.0),
        ('Contacts abandoned', 'ABANDONMENT_RATE', null, 'LOWER_IS_BETTER', true, 30.0),
        ('Satisfied customers (CSAT 4-5)', 'CSAT', null, 'HIGHER_IS_BETTER', false, 0.0)
     ) as s (name, metric, parameter, direction, critical, allocation)
join contracts c on c.reference = 'SOW-KPI-001'
join workspaces w on w.id = c.workspace_id and w.name = 'Northwind x Calltech: UK claims'
on conflict (contract_id, name) do nothing;

insert into service_level_targets (workspace_id, service_level_id, applies_from, expected_level, minimum_level,
                                   direction)
select s.workspace_id, s.id, s.effective_from, t.expected, t.minimum, s.direction
from (values
        ('Contacts answered within 20 s', 80.0, 75.0),
        ('Contacts abandoned', 5.0, 8.0),
        ('Satisfied customers (CSAT 4-5)', 75.0, 70.0)
     ) as t (level_name, expected, minimum)
join service_levels s on s.name = t.level_name
join contracts c on c.id = s.contract_id and c.reference = 'SOW-KPI-001'
join workspaces w on w.id = c.workspace_id and w.name = 'Northwind x Calltech: UK claims'
on conflict (service_level_id, applies_from) do nothing;

-- Improvement ideas in the Calltech workspace, one at each stage. The callback idea was
-- implemented on 1 July 2026 and its 84,000.00 GBP saving, recorded by Calltech, confirmed by
-- Northwind: under the master agreement's 50% gain share, 42,000.00 GBP to each side. Its page
-- compares "Calls answered within 20 s" over the three months before and after July.
insert into improvement_ideas (workspace_id, contract_id, title, problem, proposal, touchpoint, effort,
                               expected_saving, expected_csat_points, expected_handle_seconds, client_owner_id,
                               provider_owner_id, proposed_by, proposed_by_party, submitted_at, status,
                               status_changed_at, decided_by, rejection_reason, implemented_on, realised_saving,
                               realised_note, benefit_claimed_by, benefit_claimed_party, benefit_claimed_at,
                               benefit_confirmed_by, benefit_confirmed_at)
select c.workspace_id, c.id, i.title, i.problem, i.proposal, i.touchpoint, i.effort, i.expected_saving, i.csat,
       i.handle, rita.id, carl.id, proposer.id, i.party, i.submitted, i.status, i.changed,
       case when i.status not in ('SUBMITTED', 'UNDER_REVIEW') then rita.id end, i.rejection, i.implemented,
       i.realised, i.realised_note,
       case when i.realised is not null then carl.id end, case when i.realised is not null then 'PROVIDER' end,
       case when i.realised is not null then timestamptz '2026-11-05 10:00+00' end,
       case when i.status = 'BENEFIT_REALISED' then rita.id end,
       case when i.status = 'BENEFIT_REALISED' then timestamptz '2026-11-09 15:00+00' end
from (values
        ('Callback when the queue passes two minutes', 'Customers reporting a claim hang up at lunchtime peaks.',
         'Offer a callback slot once the wait passes two minutes; agents call back within the hour.',
         'Claims first notice of loss', 'MEDIUM', 90000.00, 2.0, null, 'am@calltech.example', 'PROVIDER',
         timestamptz '2026-03-10 09:00+00', 'BENEFIT_REALISED', timestamptz '2026-11-09 15:00+00', null,
         date '2026-07-01', 84000.00, 'Fewer repeat calls after abandoned attempts, priced at the contract rate.'),
        ('Skills-based routing for motor claims', 'Motor claims reach generalists and are transferred twice on average.',
         'Route motor claims to the motor team by IVR choice and policy type.', 'Claims routing', 'LARGE',
         60000.00, null, 25, 'am@calltech.example', 'PROVIDER', timestamptz '2026-09-02 09:00+00', 'APPROVED',
         timestamptz '2026-10-20 11:00+00', null, null, null, null),
        ('Share the weekly complaint themes', 'Calltech learns of new complaint themes a month late, from the pack.',
         'Northwind sends its top five complaint themes every Monday; team leaders brief agents.', 'Complaints',
         'SMALL', null, 1.5, null, 'rm@northwind.example', 'CLIENT', timestamptz '2026-11-12 09:00+00',
         'UNDER_REVIEW', timestamptz '2026-11-13 09:00+00', null, null, null, null),
        ('Plain-language claim acknowledgement letter', 'Customers call to ask what the acknowledgement letter means.',
         'Rewrite the letter with the brand guidelines and a clear next step.', 'Claim acknowledgement', 'SMALL',
         12000.00, null, null, 'agent@calltech.example', 'PROVIDER', timestamptz '2026-11-25 09:00+00', 'SUBMITTED',
         timestamptz '2026-11-25 09:00+00', null, null, null, null),
        ('Weekend opening of the claims line', 'Some customers can only call at weekends.',
         'Open the claims line on Saturdays 9-13.', 'Claims first notice of loss', 'LARGE', null, 1.0, null,
         'am@calltech.example', 'PROVIDER', timestamptz '2026-05-04 09:00+00', 'REJECTED',
         timestamptz '2026-05-20 09:00+00', 'Weekend volumes are under 2% of the week: not worth the rota.', null,
         null, null)
     ) as i (title, problem, proposal, touchpoint, effort, expected_saving, csat, handle, proposer, party, submitted,
             status, changed, rejection, implemented, realised, realised_note)
join contracts c on c.reference = 'MSA-2025-001'
join user_accounts proposer on proposer.email = i.proposer
join user_accounts carl on carl.email = 'am@calltech.example'
join user_accounts rita on rita.email = 'rm@northwind.example'
where not exists (select 1 from improvement_ideas existing where existing.title = i.title);

insert into improvement_idea_levels (workspace_id, idea_id, service_level_id)
select i.workspace_id, i.id, s.id
from improvement_ideas i
join service_levels s on s.workspace_id = i.workspace_id and s.name in ('Calls answered within 20 s', 'Abandonment rate')
where i.title in ('Callback when the queue passes two minutes', 'Skills-based routing for motor claims')
on conflict (idea_id, service_level_id) do nothing;

insert into improvement_idea_votes (workspace_id, idea_id, voter_id, voted_at)
select i.workspace_id, i.id, u.id, i.submitted_at + interval '1 day'
from improvement_ideas i
join user_accounts u on u.email in ('rm@northwind.example', 'agent@calltech.example')
where i.title in ('Callback when the queue passes two minutes', 'Skills-based routing for motor claims')
on conflict (idea_id, voter_id) do nothing;

insert into improvement_idea_comments (workspace_id, idea_id, author_id, party, body, posted_at)
select i.workspace_id, i.id, u.id, c.party, c.body, i.submitted_at + c.after
from (values
        ('rm@northwind.example', 'CLIENT', interval '2 days', 'How many agents does the callback team need at the peak?'),
        ('am@calltech.example', 'PROVIDER', interval '3 days', 'Four at lunchtime; we move them from the email queue.')
     ) as c (author, party, after, body)
join improvement_ideas i on i.title = 'Callback when the queue passes two minutes'
join user_accounts u on u.email = c.author
where not exists (select 1 from improvement_idea_comments existing where existing.body = c.body);
