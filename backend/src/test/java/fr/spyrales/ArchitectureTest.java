package fr.spyrales;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The package boundaries that STYLE.md describes, checked on the compiled main classes without the Quarkus app:
 * a feature is a top package of {@code fr.spyrales}; inside it, resources speak HTTP, services own the rules,
 * repositories own the queries, mappers turn entities into DTO records, and features hear each other through
 * events or services.
 */
@AnalyzeClasses(packages = "fr.spyrales", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String FEATURES = "fr.spyrales.(*)..";

    private static final DescribedPredicate<JavaClass> ENTITIES =
            annotatedWith(Entity.class).<JavaClass>forSubtype().as("are entities");

    private static final DescribedPredicate<JavaClass> REPOSITORIES = assignableTo(PanacheRepositoryBase.class)
            .or(simpleNameEndingWith("Repository"))
            .as("are repositories");

    private static final DescribedPredicate<JavaClass> QUERY_RUNNERS =
            REPOSITORIES.or(assignableTo(EntityManager.class)).as("are repositories or the EntityManager");

    private static final DescribedPredicate<JavaClass> RESOURCES =
            annotatedWith(Path.class).<JavaClass>forSubtype().as("are JAX-RS resources");

    /** Features whose repositories every other feature may read: the members, and the reference lists. */
    private static final Set<String> SHARED_KERNEL = Set.of("member", "referential");

    private static final String SHARED_KERNEL_TEXT = "member, referential";

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching(FEATURES)
            .namingSlices("$1")
            .should()
            .beFreeOfCycles()
            .because("a feature that a second one needs must not need it back: each can then be read, tested and"
                    + " changed from its own package, and a new feature only adds arrows, never a loop");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("fr.spyrales.common..")
            .should()
            .dependOnClassesThat(resideInAPackage("fr.spyrales..")
                    .and(describe(
                            "are outside fr.spyrales.common",
                            c -> !c.getPackageName().startsWith("fr.spyrales.common"))))
            .because("common holds what every feature shares (errors, paging, security); a feature in it would be"
                    + " shared by every other one through the back door");

    @ArchTest
    static final ArchRule resourcesDoNotTouchEntities = noClasses()
            .that(RESOURCES)
            .should()
            .dependOnClassesThat(ENTITIES)
            .because("entities never cross the HTTP boundary: a resource receives and returns DTO records, so a"
                    + " new column never leaks into the API and a lazy relation is never read outside a transaction");

    @ArchTest
    static final ArchRule resourcesDoNotQuery = noClasses()
            .that(RESOURCES)
            .should()
            .dependOnClassesThat(QUERY_RUNNERS)
            .because("a resource speaks HTTP only: the rules and the transactions are the service's, the queries"
                    + " the repository's, so that the API and a scheduled job go through the same rules");

    @ArchTest
    static final ArchRule dtosHoldNoEntity = noClasses()
            .that(describe("are public records or DTO holders (*Dtos)", ArchitectureTest::isDtoLike))
            .should()
            .dependOnClassesThat(ENTITIES)
            .because("records are what leaves a service (DTOs, events, personal-data views): one that held an entity"
                    + " would carry it past the service layer, to JSON or to another feature");

    @ArchTest
    static final ArchRule mappersRunNoQuery = noClasses()
            .that()
            .haveSimpleNameEndingWith("Mapper")
            .should()
            .dependOnClassesThat(QUERY_RUNNERS)
            .orShould()
            .callMethodWhere(
                    describe("the target is a Panache query or persistence method", ArchitectureTest::isPanacheCall))
            .because("a mapper only turns what the service has read into records: a query hidden in it runs once per"
                    + " mapped row and escapes the repository, where every query of a feature is found");

    @ArchTest
    static final ArchRule featuresDoNotUseAnotherFeaturesRepository = classes()
            .should(useOnlyTheRepositoriesOfTheirOwnFeature())
            .because("features hear each other through events or services, not by querying each other's tables:"
                    + " a feature's repository is its own, so its queries and its invariants stay in one place."
                    + " The shared kernel (" + SHARED_KERNEL_TEXT + ") is the exception: every feature is about"
                    + " members and names things from the referential, so their repositories are read by all");

    @ArchTest
    static final ArchRule noQueryIsReadAsAStream = noClasses()
            .should()
            .callMethodWhere(describe("the target streams or scrolls query results", ArchitectureTest::isStreamedQuery))
            .because("Hibernate scrolls a stream and, with a collection fetch, takes each run of adjacent rows of an"
                    + " entity as the whole entity, so a member's skills were lost whenever the database interleaved"
                    + " the rows (pages of 17 members and more in the directory); read with getResultList() or list()");

    private static boolean isDtoLike(JavaClass javaClass) {
        boolean publicRecord = javaClass.isRecord() && javaClass.getModifiers().contains(JavaModifier.PUBLIC);
        boolean inDtoHolder = topLevel(javaClass).getSimpleName().endsWith("Dtos");
        return publicRecord || inDtoHolder;
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        Optional<JavaClass> enclosing = javaClass.getEnclosingClass();
        return enclosing.isPresent() ? topLevel(enclosing.get()) : javaClass;
    }

    private static boolean isPanacheCall(JavaMethodCall call) {
        return declaringPackage(call.getTarget()).startsWith("io.quarkus.hibernate.orm.panache");
    }

    private static boolean isStreamedQuery(JavaMethodCall call) {
        String name = call.getTarget().getName();
        String declaredIn = declaringPackage(call.getTarget());
        boolean persistence = declaredIn.startsWith("jakarta.persistence")
                || declaredIn.startsWith("org.hibernate")
                || declaredIn.startsWith("io.quarkus.hibernate.orm.panache");
        return persistence
                && Set.of("getResultStream", "stream", "streamAll", "scroll").contains(name);
    }

    /** The package of the class that really declares the target, so that {@code Member.findById} counts as Panache's. */
    private static String declaringPackage(AccessTarget target) {
        return target.resolveMember()
                .map(member -> member.getOwner().getPackageName())
                .orElse(target.getOwner().getPackageName());
    }

    /**
     * A repository of another feature, or Panache's active record on another feature's entity
     * ({@code Region.findByIdOptional}), which is that entity's repository under another name.
     */
    private static ArchCondition<JavaClass> useOnlyTheRepositoriesOfTheirOwnFeature() {
        return new ArchCondition<>(
                "use only the repositories and entity queries of their own feature or of the shared kernel") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (REPOSITORIES.test(target) && isOfAnotherFeature(target, javaClass)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    JavaClass entity = call.getTargetOwner();
                    if (ENTITIES.test(entity) && isPanacheCall(call) && isOfAnotherFeature(entity, javaClass)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isOfAnotherFeature(JavaClass target, JavaClass origin) {
        return isOurs(target)
                && !SHARED_KERNEL.contains(feature(target))
                && !feature(target).equals(feature(origin));
    }

    private static boolean isOurs(JavaClass javaClass) {
        return javaClass.getPackageName().startsWith("fr.spyrales.");
    }

    /** The top package under fr.spyrales: {@code mentorship} for {@code fr.spyrales.mentorship.goal}. */
    private static String feature(JavaClass javaClass) {
        String rest = javaClass.getPackageName().substring("fr.spyrales.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
