/**
 * Read-only questions over one commit of a registry: search and the best version by a metric
 * ({@link dev.modelregistry.core.query.CardSearch}) and side-by-side comparison
 * ({@link dev.modelregistry.core.query.ModelComparison}).
 */
package dev.modelregistry.core.query;
