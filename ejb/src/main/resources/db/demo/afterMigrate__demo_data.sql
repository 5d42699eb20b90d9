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
