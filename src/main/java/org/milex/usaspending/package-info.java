/**
 * US federal contract transactions as USAspending publishes them: {@link org.milex.usaspending.ContractTransactions}
 * reads a prime-transactions download (millions of rows, streaming, strictly) into columns and answers what
 * analysts ask of it: obligations by DoD component and fiscal year, top recipients by parent company for a
 * {@link org.milex.usaspending.PscCategory}, the history of an award, large actions, a category's share of a
 * year, and the awards that may be a contract milex holds.
 */
package org.milex.usaspending;
