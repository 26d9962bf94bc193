window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "860090787035536369",
    "userName" : "xiaolin_ai",
    "displayName" : "林晓 | AI产品"
  },
  "archiveInfo" : {
    "sizeBytes" : "15099",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "10"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}