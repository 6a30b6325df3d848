package ua.fakh.web.i18n;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message a person can see is said in their language, so none may be written into the code:
 * a field refusal ({@code ValidationException.of}, {@code FieldError}, a plugin's {@code reject}) names a
 * bundle key that exists, and a template's text and its visible attributes come from the bundles.
 * Reads the main sources of every module; a literal sentence fails with its file and line.
 */
class ServerMessageLiteralsTest {
    private static final List<String> MODULES = List.of("core", "courses", "certificates", "web-ui");
    /** The calls whose second argument is the message a person reads. */
    private static final Set<String> MESSAGE_CALLS = Set.of("ValidationException.of", "FieldError.of", "reject");
    /** The failures a client causes, whose first argument is the problem's detail. */
    private static final Set<String> PROBLEMS = Set.of("NotFoundException", "ForbiddenException", "ConflictException",
            "UnprocessableException", "UnauthorizedException", "PayloadTooLargeException", "UnsupportedMediaTypeException",
            "TooManyRequestsException");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_-]+)+");
    /** Attributes whose value a person sees or hears. */
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
            "\\s(?:title|alt|placeholder|aria-label|aria-description|label)=\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /**
     * Names, not words to translate: the product, each language named in itself (a language switch
     * shows autonyms), and file formats.
     */
    private static final Set<String> NAMES = Set.of("Fakh", "Фах", "Українська", "English", "PDF", "CSV", "XLSX", "ZIP");

    private static Path root;
    private static Set<String> keys;

    @BeforeAll
    static void readBundles() throws IOException {
        root = Paths.get("").toAbsolutePath().getParent();
        keys = new HashSet<>();
        for (String module : MODULES) {
            Path bundles = root.resolve(module).resolve("src/main/resources/i18n");
            if (!Files.isDirectory(bundles)) {
                continue;
            }
            try (Stream<Path> files = Files.list(bundles)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                    Properties properties = new Properties();
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        properties.load(in);
                    }
                    keys.addAll(properties.stringPropertyNames());
                }
            }
        }
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    }

    @Test
    void fieldRefusalsNameBundleKeys() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path source : files("src/main/java", ".java")) {
            CompilationUnit unit = StaticJavaParser.parse(source);
            Map<String, Expression> constants = stringConstants(unit);
            for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                String name = call.getScope().map(s -> lastName(s.toString()) + ".").orElse("") + call.getNameAsString();
                if ((MESSAGE_CALLS.contains(name) || call.getNameAsString().equals("reject")) && call.getArguments().size() >= 2) {
                    check(call.getArgument(1), constants, source, literals);
                }
            }
            for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
                if (creation.getType().getNameAsString().equals("FieldError") && creation.getArguments().size() >= 2) {
                    check(creation.getArgument(1), constants, source, literals);
                }
            }
        }
        assertThat(literals).as("field messages that are not bundle keys (say them in i18n/*.properties, uk and en)").isEmpty();
    }

    /**
     * A refusal's detail ({@code new NotFoundException("problem.course.notFound")}) is read by the person
     * the API or the page answers: it names a bundle key too, never an English sentence.
     */
    @Test
    void problemDetailsNameBundleKeys() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path source : files("src/main/java", ".java")) {
            CompilationUnit unit = StaticJavaParser.parse(source);
            Map<String, Expression> constants = stringConstants(unit);
            for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
                if (PROBLEMS.contains(creation.getType().getNameAsString()) && !creation.getArguments().isEmpty()) {
                    check(creation.getArgument(0), constants, source, literals);
                }
            }
        }
        assertThat(literals).as("problem details that are not bundle keys (say them in i18n/*.properties, uk and en)").isEmpty();
    }

    @Test
    void templatesTakeTheirWordsFromTheBundles() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : files("src/main/jte", ".jte")) {
            String visible = visibleText(Files.readString(template, StandardCharsets.UTF_8));
            Matcher word = WORD.matcher(visible);
            while (word.find()) {
                if (!NAMES.contains(word.group())) {
                    int line = (int) visible.substring(0, word.start()).chars().filter(c -> c == '\n').count() + 1;
                    literals.add(root.relativize(template) + ":" + line + " " + word.group());
                }
            }
        }
        assertThat(literals).as("template words that are not taken from a bundle").isEmpty();
    }

    @Test
    void theTemplateReadingFindsWordsInsideContentBlocksAndAttributesButNotInCode() {
        String template = """
                @param PageContext ctx
                @template.layout(ctx = ctx, title = ctx.t("x.title"), content = @`
                  <h1 class="big">${ctx.t("x.heading")}</h1>
                  @if(ctx.lang().equals("uk"))<p>Сторінка</p>@endif
                  <button aria-label="Close" value="up">${ctx.t("x.ok")}</button>
                  <script>const hidden = "script words";</script>
                `)
                """;
        String visible = visibleText(template);
        assertThat(WORD.matcher(visible).results().map(java.util.regex.MatchResult::group).toList())
                .containsExactly("Сторінка", "Close");
        assertThat(visible.lines().count()).as("lines are kept").isEqualTo(template.lines().count());
    }

    /**
     * What a reader would see of a template once comments, expressions, directives, tags, scripts and
     * code samples are blanked out; visible attribute values stay. Blanking keeps every newline, so an
     * offset still tells the line.
     */
    static String visibleText(String template) {
        StringBuilder text = new StringBuilder(template);
        blank(text, Pattern.compile("(?s)<%--.*?--%>"));
        blank(text, Pattern.compile("(?m)^\\s*@(import|param)\\b.*$"));
        blankBalanced(text, Pattern.compile("(\\$unsafe|\\$|!)\\{"), '{', '}');
        blankBalanced(text, Pattern.compile("@(if|elseif|for|template\\.[\\w.]+|raw)\\s*\\("), '(', ')');
        blank(text, Pattern.compile("@(else|endif|endfor|endraw)\\b"));
        blank(text, Pattern.compile("(?s)<(script|style|code|pre)\\b.*?</\\1>"));
        blank(text, Pattern.compile("&[a-z]+;|&#\\d+;"));
        StringBuilder visible = new StringBuilder(text);
        Matcher tag = Pattern.compile("(?s)<[^>]*>").matcher(text);
        while (tag.find()) {
            blankRange(visible, tag.start(), tag.end());
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                visible.replace(tag.start() + attribute.start(1), tag.start() + attribute.end(1), attribute.group(1));
            }
        }
        return visible.toString();
    }

    private static void blank(StringBuilder text, Pattern pattern) {
        Matcher found = pattern.matcher(text);
        while (found.find()) {
            blankRange(text, found.start(), found.end());
        }
    }

    /**
     * Blanks each call or expression from its opening to the matching bracket, except the content
     * blocks ({@code @`…`}) handed to a template: those are page text and stay to be read.
     */
    private static void blankBalanced(StringBuilder text, Pattern opening, char open, char close) {
        Matcher start = opening.matcher(text);
        int from = 0;
        while (from < text.length() && start.find(from)) {
            int depth = 1;
            int i = start.end();
            int blankFrom = start.start();
            while (i < text.length() && depth > 0) {
                if (text.charAt(i) == '@' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
                    blankRange(text, blankFrom, i);
                    i = endOfContentBlock(text, i + 2);
                    blankFrom = i;
                    continue;
                }
                char c = text.charAt(i++);
                depth += c == open ? 1 : c == close ? -1 : 0;
            }
            blankRange(text, blankFrom, i);
            from = start.end();
        }
    }

    /** The index after the backtick that closes a content block opened just before {@code from}. */
    private static int endOfContentBlock(StringBuilder text, int from) {
        int nested = 1;
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '@' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
                nested++;
                i += 2;
                continue;
            }
            if (text.charAt(i) == '`' && --nested == 0) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static void blankRange(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static void check(Expression message, Map<String, Expression> constants, Path source, List<String> literals) {
        Expression expression = message;
        while (expression instanceof EnclosedExpr enclosed) {
            expression = enclosed.getInner();
        }
        if (expression instanceof ConditionalExpr conditional) {
            check(conditional.getThenExpr(), constants, source, literals);
            check(conditional.getElseExpr(), constants, source, literals);
        } else if (expression instanceof NameExpr name && constants.containsKey(name.getNameAsString())) {
            check(constants.get(name.getNameAsString()), constants, source, literals);
        } else if (expression instanceof StringLiteralExpr literal && !keys.contains(literal.getValue())
                || expression instanceof TextBlockLiteralExpr
                || expression instanceof BinaryExpr && !expression.findAll(StringLiteralExpr.class).isEmpty()) {
            literals.add(root.relativize(source) + ":" + message.getBegin().map(p -> p.line).orElse(0) + " " + message
                    + (expression instanceof StringLiteralExpr literal && KEY.matcher(literal.getValue()).matches()
                    ? " (no bundle has this key)" : ""));
        }
    }

    private static Map<String, Expression> stringConstants(CompilationUnit unit) {
        Map<String, Expression> constants = new HashMap<>();
        for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
            if (field.isStatic() && field.isFinal()) {
                field.getVariables().forEach(v -> v.getInitializer()
                        .filter(init -> init instanceof StringLiteralExpr || init instanceof BinaryExpr)
                        .ifPresent(init -> constants.put(v.getNameAsString(), init)));
            }
        }
        return constants;
    }

    private static String lastName(String scope) {
        return scope.substring(scope.lastIndexOf('.') + 1);
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String module : MODULES) {
            Path base = root.resolve(module).resolve(folder);
            if (Files.isDirectory(base)) {
                try (Stream<Path> walk = Files.walk(base)) {
                    walk.filter(f -> f.toString().endsWith(suffix)).sorted().forEach(found::add);
                }
            }
        }
        return found;
    }
}
