package io.tandem.contract;

import io.tandem.tenancy.Party;
import java.io.Serializable;
import java.time.LocalDate;

/** An obligation as pages and the API show it, with its status on the day it was read. */
public record ObligationDetails(long id, long contractId, String contractReference, String description, Party owner,
                             LocalDate dueDate, Recurrence recurrence, ObligationStatus status,
                             LocalDate lastCompletedOn, long version) implements Serializable {

    static ObligationDetails of(Obligation obligation, LocalDate today) {
        return new ObligationDetails(obligation.id(), obligation.contract().id(), obligation.contract().reference(),
                obligation.description(), obligation.owner(), obligation.dueDate(), obligation.recurrence(),
                obligation.statusOn(today), obligation.lastCompletedOn(), obligation.version());
    }
}
