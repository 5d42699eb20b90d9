package io.tandem.improvement;

import io.tandem.tenancy.Party;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One comment in an idea's discussion, in thread order: each comment follows the one it answers
 * (and that one's earlier replies), threads and replies by time; {@code depth} is 0 for a comment
 * and one more for each reply level.
 */
public record CommentDetails(long id, Long parentId, int depth, String author, Party party, String body,
                             OffsetDateTime postedAt) implements Serializable {
}
