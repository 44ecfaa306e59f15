package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.coaching.CoachingAssignment;
import de.ssg.lotsenkontor.coaching.CoachingSession;
import de.ssg.lotsenkontor.coaching.CoachingTopic;
import de.ssg.lotsenkontor.events.Attendance;
import de.ssg.lotsenkontor.events.CourseModule;
import de.ssg.lotsenkontor.events.Event;
import de.ssg.lotsenkontor.funding.BudgetLine;
import de.ssg.lotsenkontor.funding.CostCategory;
import de.ssg.lotsenkontor.funding.Expense;
import de.ssg.lotsenkontor.funding.ExpenseChange;
import de.ssg.lotsenkontor.funding.FundingContract;
import de.ssg.lotsenkontor.funding.FundsRequest;
import de.ssg.lotsenkontor.funding.ProofSubmission;
import de.ssg.lotsenkontor.municipality.AdminAssociation;
import de.ssg.lotsenkontor.municipality.ContactPerson;
import de.ssg.lotsenkontor.municipality.DirectoryEdition;
import de.ssg.lotsenkontor.municipality.District;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.Participation;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.projects.LocalProject;
import de.ssg.lotsenkontor.projects.ProjectStatusChange;
import java.util.List;

/** Every mapped entity, listed once so the database starts without classpath scanning. */
public final class DomainModel {

    public static final List<Class<?>> ENTITIES = List.of(
            District.class, AdminAssociation.class, Municipality.class, Participation.class,
            ContactPerson.class, DirectoryEdition.class,
            Coach.class, Navigator.class,
            CoachingAssignment.class, CoachingSession.class, CoachingTopic.class,
            Event.class, Attendance.class, CourseModule.class,
            LocalProject.class, ProjectStatusChange.class,
            FundingContract.class, CostCategory.class, BudgetLine.class, Expense.class, FundsRequest.class,
            ExpenseChange.class, ProofSubmission.class);

    private DomainModel() {
    }
}
