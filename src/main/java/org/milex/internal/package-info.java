/**
 * Helpers shared by milex's packages. Not part of the API: anything here may change without notice.
 */
package org.milex.internal;
