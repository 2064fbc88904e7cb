package vn.dieuhanh.directive.boundary;

import java.time.OffsetDateTime;

/** A signature on the directive's letter, as the page lists it once signed. */
public record LetterSignature(String signer, OffsetDateTime signedAt, boolean intact) {}
