/**
 * Replaying a Containerfile against the project directory to learn what the image holds: {@code COPY}/{@code ADD}
 * with Docker's and Buildah's source and destination rules, {@code WORKDIR}, {@code ARG}/{@code ENV}, and the
 * {@code RUN} commands that shape {@code /usr/lib/bootc/bound-images.d} ({@code ln}, {@code rm}, {@code mkdir},
 * {@code cd}, {@code for} loops, globs and {@code find -exec}). Pure: it works on a listing of the project and a
 * parsed Containerfile.
 */
package dev.bootdeck.project.build;
