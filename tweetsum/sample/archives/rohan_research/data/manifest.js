window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1359168943816177637",
    "userName" : "rohan_research",
    "displayName" : "Rohan Mehta"
  },
  "archiveInfo" : {
    "sizeBytes" : "8884",
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
          "count" : "5"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}