package ua.fakh.certificates.plugins.credential_pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import ua.fakh.certificates.spi.CredentialAttachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Other forms of the certificate attached to the PDF before it is signed (so the signature covers them), the way
 * PDF 2.0 and PDF/A-3 associate files: each file specification in the {@code EmbeddedFiles} name tree and in the
 * catalog's {@code /AF}, with {@code /AFRelationship /Alternative} (the same content in another form), the
 * media type as {@code /Subtype}, its size and date, and a description in the PDF's languages.
 */
final class EmbeddedCredentials {
    private EmbeddedCredentials() {
    }

    static void attach(PDDocument document, List<CredentialAttachment> attachments, String description, Calendar date)
            throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (CredentialAttachment attachment : attachments) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.bytes()));
            embedded.setSubtype(attachment.mediaType());
            embedded.setSize(attachment.bytes().length);
            embedded.setCreationDate(date);
            embedded.setModDate(date);
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile(attachment.fileName());
            file.setFileUnicode(attachment.fileName());
            file.setFileDescription(description);
            file.setEmbeddedFile(embedded);
            file.setEmbeddedFileUnicode(embedded);
            file.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Alternative");
            files.put(attachment.fileName(), file);
            associated.add(file);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = catalog.getNames() != null ? catalog.getNames() : new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }
}
