package io.tandem.web.datasharing;

import io.tandem.datasharing.AgreementSummary;
import io.tandem.datasharing.DataFeedService;
import io.tandem.datasharing.DataSharingService;
import io.tandem.datasharing.FeedDetails;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A workspace's data-sharing agreements, drafting a new one, and the feed log. */
@Named
@ViewScoped
public class AgreementListView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    DataSharingService agreements;

    @Inject
    DataFeedService feeds;

    @Inject
    Messages messages;

    private List<AgreementSummary> list = List.of();
    private List<FeedDetails> feedLog = List.of();
    private TermsForm draft = new TermsForm();

    public void load() {
        openWorkspace();
        list = TableRows.of(agreements.agreements(workspaceId));
        feedLog = TableRows.of(feeds.feeds(workspaceId));
    }

    public void create() {
        if (messages.attempt(() -> agreements.create(workspaceId, draft.getTitle(), draft.terms()),
                "datasharing.list.created")) {
            draft = new TermsForm();
            list = TableRows.of(agreements.agreements(workspaceId));
        }
    }

    public boolean getMayDraft() {
        return overview.allows(Permission.MANAGE_DATA_SHARING);
    }

    public List<AgreementSummary> getList() {
        return list;
    }

    public List<FeedDetails> getFeedLog() {
        return feedLog;
    }

    public TermsForm getDraft() {
        return draft;
    }
}
