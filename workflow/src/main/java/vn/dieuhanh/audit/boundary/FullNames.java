package vn.dieuhanh.audit.boundary;

/**
 * Who knows a person's full name, for the trail's lines. An interface here, implemented by the
 * identity feature, because the audit is a sink: it may depend on no other feature, while every
 * feature depends on it.
 */
public interface FullNames {

    /** The full name of {@code username}; the user name itself, or an exception, when unknown. */
    String fullName(String username);
}
