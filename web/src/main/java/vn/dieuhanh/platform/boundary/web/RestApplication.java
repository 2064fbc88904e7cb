package vn.dieuhanh.platform.boundary.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under {@code /api}; the pages live beside it. */
@ApplicationPath("api")
public class RestApplication extends Application {}
