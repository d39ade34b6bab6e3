/**
 * Value types for the registry's names, versions and references. Every factory validates its
 * input exactly as given (no trimming, no case folding) and reports a bad value as a
 * {@link dev.modelregistry.core.RegistryUsageException} that quotes the value, names the broken
 * rule and says how to fix it.
 */
package dev.modelregistry.core.domain;
