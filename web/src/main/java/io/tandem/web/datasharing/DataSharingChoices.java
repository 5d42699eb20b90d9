package io.tandem.web.datasharing;

import io.tandem.datasharing.DataCategory;
import io.tandem.datasharing.LawfulBasis;
import io.tandem.datasharing.Sensitivity;
import io.tandem.datasharing.SharingDirection;
import io.tandem.datasharing.TransferMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The choices the agreement form offers, in declaration order. */
@Named
@ApplicationScoped
public class DataSharingChoices {

    public SharingDirection[] getDirections() {
        return SharingDirection.values();
    }

    public LawfulBasis[] getLawfulBases() {
        return LawfulBasis.values();
    }

    public Sensitivity[] getSensitivities() {
        return Sensitivity.values();
    }

    public TransferMechanism[] getMechanisms() {
        return TransferMechanism.values();
    }

    public DataCategory[] getCategories() {
        return DataCategory.values();
    }
}
