package ua.fakh.core.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that streams a large multipart upload (course materials, course packages) to
 * storage and enforces its own limit while streaming. Every other route's body is refused with 413
 * past {@code fakh.limits.body} (default 10 MB) by its {@code Content-Length}, before it is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeUpload {
}
