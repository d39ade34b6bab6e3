/**
 * Read-only questions over one commit of a registry: search and the best version by a metric
 * ({@link dev.modelregistry.core.query.CardSearch}), side-by-side comparison
 * ({@link dev.modelregistry.core.query.ModelComparison}) and lineage trees
 * ({@link dev.modelregistry.core.query.LineageWalker}, rendered by
 * {@link dev.modelregistry.core.query.LineageText}).
 */
package dev.modelregistry.core.query;
