package vn.dieuhanh.ispeed.boundary;

/** Samples measured at one place (a commune, ward or district), whoever they are credited to. */
public record PlaceCount(String placeCode, long count) {}
