package io.tandem.web.shell;

import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * For every page: a record the caller may not see answers 404, an act their role does not allow
 * answers 403, whichever view bean asked; nothing about the record reaches the response. A form
 * whose view state expired (or was forged) goes back to its page, see {@link ExpiredView}.
 */
public class AccessExceptionHandler extends ExceptionHandlerWrapper {

    public AccessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = events.next().getContext().getException();
            ViewExpiredException expired = expiry(cause);
            if (expired != null) {
                events.remove();
                try {
                    ExpiredView.sendBack(FacesContext.getCurrentInstance(), expired);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                continue;
            }
            while (cause.getCause() != null && !(cause instanceof NotFoundException || cause instanceof ForbiddenException)) {
                cause = cause.getCause();
            }
            int status = cause instanceof NotFoundException ? 404 : cause instanceof ForbiddenException ? 403 : 0;
            if (status != 0) {
                events.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                try {
                    context.getExternalContext().responseSendError(status, null);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                context.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static ViewExpiredException expiry(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired) {
                return expired;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AccessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
