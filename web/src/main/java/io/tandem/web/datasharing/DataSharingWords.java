package io.tandem.web.datasharing;

import io.tandem.datasharing.DataCategory;
import io.tandem.web.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** Lists of categories in the reader's words, for a table cell that is also filtered and exported. */
@Named
@RequestScoped
public class DataSharingWords {

    @Inject
    Messages messages;

    public String categories(List<DataCategory> categories) {
        return categories.stream().map(category -> messages.text("datasharing.category." + category.name()))
                .collect(Collectors.joining(", "));
    }
}
