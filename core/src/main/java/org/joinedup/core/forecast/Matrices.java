package org.joinedup.core.forecast;

/** Small dense matrix helpers for the class-3 forecast variance; vec stacks columns, as R's {@code c()}. */
final class Matrices {
    private Matrices() {}

    static double[][] multiply(double[][] a, double[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = b[0].length;
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                if (aik != 0) {
                    for (int j = 0; j < cols; j++) {
                        out[i][j] += aik * b[k][j];
                    }
                }
            }
        }
        return out;
    }

    static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    static double[][] add(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] + b[i][j];
            }
        }
        return out;
    }

    static double[][] scale(double[][] a, double factor) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] * factor;
            }
        }
        return out;
    }

    /** The Kronecker product a (x) b. */
    static double[][] kronecker(double[][] a, double[][] b) {
        int br = b.length;
        int bc = b[0].length;
        double[][] out = new double[a.length * br][a[0].length * bc];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                for (int k = 0; k < br; k++) {
                    for (int l = 0; l < bc; l++) {
                        out[i * br + k][j * bc + l] = a[i][j] * b[k][l];
                    }
                }
            }
        }
        return out;
    }

    /** Columns stacked into one vector. */
    static double[] vec(double[][] a) {
        int rows = a.length;
        double[] out = new double[rows * a[0].length];
        for (int j = 0; j < a[0].length; j++) {
            for (int i = 0; i < rows; i++) {
                out[j * rows + i] = a[i][j];
            }
        }
        return out;
    }

    static double[][] outer(double[] a, double[] b) {
        double[][] out = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i][j] = a[i] * b[j];
            }
        }
        return out;
    }
}
