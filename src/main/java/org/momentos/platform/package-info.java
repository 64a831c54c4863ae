/**
 * Shared infrastructure every module stands on: the database (embedded PostgreSQL by
 * default), languages, error pages and problem details. Holds no domain logic.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.momentos.platform;
