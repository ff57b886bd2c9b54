/**
 * Immutable records every other layer shares: bootc host status, boot entries, image references, bound images,
 * findings. Depends on nothing of ours and on {@code java.*} only, so every front end and test can use it.
 */
package dev.bootdeck.model;
