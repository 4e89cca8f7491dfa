/** Training sessions: schedule, enrol participants, record attendance and completion, cancel. */
package mx.bitacora.command.training;
