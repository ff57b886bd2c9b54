/**
 * The JavaFX front end: the app shell and one sub-package per feature (view, view model, CSS).
 */
package dev.bootdeck.ui;
