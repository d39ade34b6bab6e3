/**
 * Read-only questions over one commit of a registry, such as searching versions
 * ({@link dev.modelregistry.core.query.CardSearch}).
 */
package dev.modelregistry.core.query;
