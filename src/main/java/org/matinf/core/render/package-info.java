/**
 * Pictures of crystal structures without a graphics library: a {@link org.matinf.core.render.Scene}
 * (balls, split-coloured sticks, coordination polyhedra, the cell box) built from a structure by
 * {@link org.matinf.core.render.SceneBuilder}, drawn into an ARGB pixel array by
 * {@link org.matinf.core.render.SoftwareRenderer} through a {@link org.matinf.core.render.Camera}
 * (orthographic or perspective), or written as a self-contained interactive web page by
 * {@link org.matinf.core.render.HtmlView}.
 */
package org.matinf.core.render;
