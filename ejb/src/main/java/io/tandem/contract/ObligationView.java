package io.tandem.contract;

import io.tandem.workspace.Party;
import java.io.Serializable;
import java.time.LocalDate;

/** An obligation as pages and the API show it, with its status on the day it was read. */
public record ObligationView(long id, long contractId, String contractReference, String description, Party owner,
                             LocalDate dueDate, Recurrence recurrence, ObligationStatus status,
                             LocalDate lastCompletedOn, long version) implements Serializable {

    static ObligationView of(Obligation obligation, LocalDate today) {
        return new ObligationView(obligation.id(), obligation.contract().id(), obligation.contract().reference(),
                obligation.description(), obligation.owner(), obligation.dueDate(), obligation.recurrence(),
                obligation.statusOn(today), obligation.lastCompletedOn(), obligation.version());
    }
}
