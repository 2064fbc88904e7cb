package vn.dieuhanh.platform.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Date;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.boundary.DateWindow;
import vn.dieuhanh.platform.boundary.PlainText;

/**
 * Every input of every page, as the API's {@link StrictJson} takes a body: no control characters
 * in text (tabs and line breaks only in a text area), dates within {@link DateWindow}. A default
 * validator, so no page can forget it.
 */
@FacesValidator(value = "dieuhanh.plainInput", isDefault = true)
public class PlainInputValidator implements Validator<Object> {

    private static final ZoneId VIETNAM = CityTime.ZONE;

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        boolean multiLine = component instanceof HtmlInputTextarea;
        if (value instanceof Collection<?> values) {
            for (Object each : values) {
                check(each, multiLine);
            }
        } else if (value instanceof Object[] values) {
            for (Object each : values) {
                check(each, multiLine);
            }
        } else {
            check(value, multiLine);
        }
    }

    private static void check(Object value, boolean multiLine) {
        if (value instanceof String text && PlainText.hasControl(text, multiLine)) {
            throw refused("Nội dung " + PlainText.CONTROL_VI + ". / The text " + PlainText.CONTROL_EN + ".");
        }
        boolean outside = value instanceof Temporal t && !DateWindow.contains(t)
                || value instanceof Date d
                        && !DateWindow.contains(d.toInstant().atZone(VIETNAM).toLocalDate());
        if (outside) {
            throw refused("Ngày ngoài khoảng cho phép: " + DateWindow.MESSAGE_VI + ". / Date out of range: "
                    + DateWindow.MESSAGE_EN + ".");
        }
    }

    private static ValidatorException refused(String message) {
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
