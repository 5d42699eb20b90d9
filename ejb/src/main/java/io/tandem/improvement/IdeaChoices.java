package io.tandem.improvement;

import java.io.Serializable;
import java.util.List;

/** What an idea's form offers: the workspace's contracts and service levels, and each side's members as owners. */
public record IdeaChoices(List<Choice> contracts, List<Choice> serviceLevels, List<Choice> clientPeople,
                          List<Choice> providerPeople) implements Serializable {

    /** One option: its id and how it is shown. */
    public record Choice(long id, String label) implements Serializable {
    }
}
