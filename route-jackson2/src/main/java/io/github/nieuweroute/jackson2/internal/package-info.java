/** The Jackson 2 token stream seen as route-json's reader expects it; not exported. */
package io.github.nieuweroute.jackson2.internal;
