/**
 * Reading a Containerfile/Dockerfile exactly as BuildKit and Buildah split it: parser directives, continuation
 * lines, comments inside continuations, heredocs, JSON and shell forms, stages, and {@code ARG}/{@code ENV}
 * substitution. Every instruction keeps its physical lines and file offsets so findings name a line and edits
 * touch only the text they change.
 */
package dev.bootdeck.project.containerfile;
