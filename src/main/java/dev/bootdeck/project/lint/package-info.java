/**
 * {@code bootdeck lint}: every check over a project (podman's Quadlet rules, bootc's bound-image rules, image-name
 * hygiene, and bootdeck's own rules about how a project binds images) as findings with stable rule ids, and the
 * registry of those rules.
 */
package dev.bootdeck.project.lint;
