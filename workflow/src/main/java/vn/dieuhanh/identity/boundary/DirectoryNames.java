package vn.dieuhanh.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dieuhanh.audit.boundary.FullNames;

/**
 * People's and units' names as the identity server knows them, for other features and the pages:
 * the audit's trail lines and the auditor's views. Read through the directory's short-lived cache.
 */
@ApplicationScoped
public class DirectoryNames implements FullNames {

    @Inject
    Directory directory;

    @Override
    public String fullName(String username) {
        return directory.fullName(username);
    }

    /** The unit's name; its code where the directory cannot name it. */
    public String unitName(String code) {
        return directory.unitName(code);
    }
}
