package io.tandem.improvement;

import io.tandem.platform.file.DocumentFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an {@link IdeaAttachment}, written once after it has its id, read only to download them. */
@Entity
@Table(name = "improvement_idea_attachment_contents")
public class IdeaAttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "workspace_id", nullable = false)
    private Long workspaceId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected IdeaAttachmentContent() {
    }

    IdeaAttachmentContent(IdeaAttachment attachment, DocumentFile file) {
        this.attachmentId = attachment.id();
        this.workspaceId = attachment.workspaceId();
        this.content = file.content();
    }

    public byte[] content() {
        return content;
    }
}
