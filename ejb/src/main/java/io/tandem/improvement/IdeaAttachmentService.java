package io.tandem.improvement;

import io.tandem.platform.ForbiddenException;
import io.tandem.platform.file.DocumentDownload;
import io.tandem.platform.file.DocumentFile;
import io.tandem.servicelevel.Actor;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Files attached to ideas, checked as contract documents are ({@link DocumentFile}: size, type
 * from the extension confirmed by the bytes, SHA-256): listed and downloaded by everyone who reads
 * ideas, attached by those who contribute to them, removed only by whoever attached them.
 */
@Stateless
@Tenancy
public class IdeaAttachmentService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    private final Clock clock = Clock.systemUTC();

    public List<AttachmentDetails> attachments(long workspaceId, long ideaId) {
        access.require(workspaceId).require(Permission.VIEW_IDEAS);
        Idea idea = new IdeaRecords(em, workspaceId).idea(ideaId);
        return em.createQuery("""
                        select a from IdeaAttachment a join fetch a.uploadedBy u join fetch u.organisation
                        where a.idea = :idea order by a.uploadedAt desc, a.id desc""", IdeaAttachment.class)
                .setParameter("idea", idea).getResultList().stream().map(AttachmentDetails::of).toList();
    }

    public AttachmentDetails attach(long workspaceId, long ideaId, String fileName, byte[] content) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.PROPOSE_IDEAS);
        IdeaRecords records = new IdeaRecords(em, workspaceId);
        Idea idea = records.idea(ideaId);
        DocumentFile file = new DocumentFile(fileName, content);
        Actor actor = records.actor(grant, clock);
        IdeaAttachment attachment = new IdeaAttachment(idea, file, actor.user(), actor.at());
        em.persist(attachment);
        em.flush();
        em.persist(new IdeaAttachmentContent(attachment, file));
        em.flush();
        return AttachmentDetails.of(attachment);
    }

    public DocumentDownload download(long workspaceId, long attachmentId) {
        access.require(workspaceId).require(Permission.VIEW_IDEAS);
        IdeaAttachment attachment = new IdeaRecords(em, workspaceId).attachment(attachmentId);
        return new DocumentDownload(attachment.file().name(), attachment.file().contentType(),
                em.find(IdeaAttachmentContent.class, attachmentId).content());
    }

    /** Removes an attachment its caller attached, provided they saw its current version. */
    public void remove(long workspaceId, long attachmentId, long version) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.PROPOSE_IDEAS);
        IdeaAttachment attachment = new IdeaRecords(em, workspaceId).attachment(attachmentId);
        if (attachment.uploadedBy().id() != grant.callerId()) {
            throw new ForbiddenException("improvement.idea.attachment.notYours");
        }
        WorkspaceScope.requireVersion(attachment, attachment.version(), version);
        em.remove(attachment);
        em.flush();
    }
}
