package org.matinf.fiji;

/** Menu paths of MatInf's commands, shared by Fiji and MatInf's ImageJ 1.x launcher. */
public final class MatInfMenus {
    /** Top of MatInf's menu tree. */
    public static final String ROOT = "Plugins>Materials Informatics>";
    /** Crystal structure commands. */
    public static final String STRUCTURE = ROOT + "Structure>";
    /** Powder diffraction commands. */
    public static final String DIFFRACTION = ROOT + "Diffraction>";
    /** Commands on diffraction images and micrographs (preprocessing, centre, calibration, spots). */
    public static final String IMAGES = ROOT + "Diffraction Images>";
    /** Electron diffraction simulation (TEM spot patterns, EBSD Kikuchi patterns, training sets). */
    public static final String ELECTRON = ROOT + "Electron Diffraction>";
    /** Crystal orientation commands. */
    public static final String ORIENTATION = ROOT + "Orientation>";
    /** Descriptors of compositions and structures. */
    public static final String DESCRIPTORS = ROOT + "Descriptors>";
    /** Feature selection, feature maps, property models. */
    public static final String LEARNING = ROOT + "Machine Learning>";
    /** Gaussian processes, uncertainty, Bayesian optimisation. */
    public static final String OPTIMIZATION = ROOT + "Optimization>";

    private MatInfMenus() {
    }

    /** The label of a menu path, i.e. its last part: "Structure Info" for "...>Structure>Structure Info". */
    public static String label(String menuPath) {
        return menuPath.substring(menuPath.lastIndexOf('>') + 1).trim();
    }

    /** The label of a command class from its {@code @Plugin} menu path, or its simple name. */
    public static String label(Class<?> commandClass) {
        org.scijava.plugin.Plugin p = commandClass.getAnnotation(org.scijava.plugin.Plugin.class);
        return p == null || p.menuPath().isBlank() ? commandClass.getSimpleName() : label(p.menuPath());
    }
}
