package org.matinf.fiji.launcher;

/**
 * One MatInf command as ImageJ 1.x sees it.
 *
 * @param menu menu holding the command, e.g. "Plugins>Materials Informatics>Structure"
 * @param label the menu label, which is also the name used in {@code run("label", "options")}
 * @param className the SciJava command class
 */
public record CommandEntry(String menu, String label, String className) {

    /** The ImageJ 1.x command-table value: the adapter plug-in with the command class as its argument. */
    public String ij1PlugIn() {
        return Ij1CommandAdapter.class.getName() + "(\"" + className + "\")";
    }
}
