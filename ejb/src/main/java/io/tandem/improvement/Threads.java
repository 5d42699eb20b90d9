package io.tandem.improvement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts an idea's comments in thread order: each reply right after what it answers, by time at every level. */
final class Threads {

    private Threads() {
    }

    static List<CommentDetails> ordered(List<IdeaComment> comments) {
        Map<Long, List<IdeaComment>> replies = new LinkedHashMap<>();
        List<IdeaComment> byTime = comments.stream()
                .sorted(Comparator.comparing(IdeaComment::postedAt).thenComparing(IdeaComment::id)).toList();
        for (IdeaComment comment : byTime) {
            replies.computeIfAbsent(comment.parent() == null ? null : comment.parent().id(), k -> new ArrayList<>())
                    .add(comment);
        }
        List<CommentDetails> ordered = new ArrayList<>();
        add(replies, null, 0, ordered);
        return ordered;
    }

    private static void add(Map<Long, List<IdeaComment>> replies, Long parent, int depth, List<CommentDetails> out) {
        for (IdeaComment comment : replies.getOrDefault(parent, List.of())) {
            out.add(new CommentDetails(comment.id(), parent, depth, IdeaDetails.person(comment.author()),
                    comment.party(), comment.body(), comment.postedAt()));
            add(replies, comment.id(), depth + 1, out);
        }
    }
}
