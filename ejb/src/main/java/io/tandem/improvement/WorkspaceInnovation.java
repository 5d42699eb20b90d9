package io.tandem.improvement;

import java.io.Serializable;

/** One workspace's innovation figures, as the client's portfolio lists them. */
public record WorkspaceInnovation(long workspaceId, String workspaceName, String providerName,
                                  InnovationFigures figures) implements Serializable {
}
